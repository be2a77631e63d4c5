package io.recouvra.shared.files.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNameTest {

  @Test
  void foldersAreDropped() {
    assertThat(FileName.clean("../../etc/passwd", MediaKind.TEXT)).isEqualTo("passwd.txt");
    assertThat(FileName.clean("C:\\Users\\x\\relevé.pdf", MediaKind.PDF)).isEqualTo("relevé.pdf");
  }

  @Test
  void controlFormatAndReservedCharactersAreDropped() {
    String rightToLeftOverride = "facture\u202Efdp.exe";
    assertThat(FileName.clean(rightToLeftOverride, MediaKind.PDF)).isEqualTo("facturefdp.exe.pdf");
    assertThat(FileName.clean("a<b>c:d\"e|f?g*h\u0000\n.csv", MediaKind.CSV))
        .isEqualTo("abcdefgh.csv");
  }

  @Test
  void theExtensionFollowsTheContentNotTheName() {
    assertThat(FileName.clean("photo.html", MediaKind.PNG)).isEqualTo("photo.html.png");
    assertThat(FileName.clean("scan.JPEG", MediaKind.JPEG)).isEqualTo("scan.JPEG");
  }

  @Test
  void blankAndDotOnlyNamesGetAFallback() {
    assertThat(FileName.clean("", MediaKind.PDF)).isEqualTo("file.pdf");
    assertThat(FileName.clean(" ... ", MediaKind.XML)).isEqualTo("file.xml");
  }

  @Test
  void longNamesAreCutTo200CharactersKeepingTheExtension() {
    String name = FileName.clean("é".repeat(500) + ".pdf", MediaKind.PDF);
    assertThat(name).hasSize(FileName.MAX_LENGTH).endsWith("é.pdf");
  }

  @Test
  void theDownloadNameIsEncodedAsRfc8187() {
    assertThat(FileName.attachment("relevé n°1.pdf"))
        .isEqualTo(
            "attachment; filename=\"relev_ n_1.pdf\";"
                + " filename*=UTF-8''relev%C3%A9%20n%C2%B01.pdf");
  }
}
