package io.recouvra.shared.files.internal;

import static io.recouvra.shared.files.internal.Samples.ascii;
import static io.recouvra.shared.files.internal.Samples.concat;
import static io.recouvra.shared.files.internal.Samples.deflated;
import static io.recouvra.shared.files.internal.Samples.pdf;
import static io.recouvra.shared.files.internal.Samples.stream;
import static io.recouvra.shared.files.internal.Samples.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recouvra.shared.error.ErrorCode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ContentScreeningTest {

  static void assertRefused(String declared, byte[] content, ErrorCode code) {
    assertThatThrownBy(() -> ContentScreening.check(declared, content))
        .isInstanceOfSatisfying(
            RefusedContent.class, refusal -> assertThat(refusal.code()).isEqualTo(code));
  }

  @Nested
  class AcceptedKinds {
    @Test
    void aMinimalPdfIsKeptAsPdf() {
      assertThat(ContentScreening.check("application/pdf", pdf(""))).isEqualTo(MediaKind.PDF);
    }

    @Test
    void aPdfWithACompressedPageAndADestinationOnOpeningIsKept() {
      byte[] page = deflated(ascii("BT /F1 12 Tf 20 100 Td (Relev\\351 de compte) Tj ET"));
      byte[] content =
          Samples.pdfOf(
              List.of(
                  ascii("<< /Type /Catalog /Pages 2 0 R /OpenAction [3 0 R /Fit] >>"),
                  ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
                  ascii("<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>"),
                  stream("/Filter /FlateDecode", page)));

      assertThat(ContentScreening.check("application/pdf", content)).isEqualTo(MediaKind.PDF);
    }

    @Test
    void imagesDrawnByTheJdkAreKept() {
      assertThat(ContentScreening.check("image/png", Samples.png(40, 30))).isEqualTo(MediaKind.PNG);
      assertThat(ContentScreening.check("image/jpeg", Samples.jpeg(40, 30)))
          .isEqualTo(MediaKind.JPEG);
    }

    @Test
    void textAndCsvWithAccentsAreKept() {
      byte[] csv = utf8("date;montant;libellé\n2026-01-05;120,50;Échéance n°1\r\n");
      assertThat(ContentScreening.check("text/csv; charset=UTF-8", csv)).isEqualTo(MediaKind.CSV);
      assertThat(ContentScreening.check("text/plain", csv)).isEqualTo(MediaKind.TEXT);
    }

    @Test
    void xmlDataIsKept() {
      byte[] xml =
          utf8(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                  + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">"
                  + "<Stmt><Id>1</Id></Stmt></Document>");
      assertThat(ContentScreening.check("text/xml", xml)).isEqualTo(MediaKind.XML);
    }
  }

  @Nested
  class DeclaredTypes {
    @Test
    void typesOutsideTheListAreNotAllowed() {
      for (String type : List.of("image/svg+xml", "text/html", "application/zip", "", "x")) {
        assertRefused(type, pdf(""), ErrorCode.FILE_TYPE_NOT_ALLOWED);
      }
      assertRefused(null, pdf(""), ErrorCode.FILE_TYPE_NOT_ALLOWED);
    }

    @Test
    void anEmptyFileMatchesNoType() {
      assertRefused("text/plain", new byte[0], ErrorCode.FILE_TYPE_MISMATCH);
    }

    @Test
    void contentOfAnotherKindThanDeclaredIsAMismatch() {
      assertRefused("application/pdf", Samples.png(4, 4), ErrorCode.FILE_TYPE_MISMATCH);
      assertRefused("image/png", Samples.jpeg(4, 4), ErrorCode.FILE_TYPE_MISMATCH);
      assertRefused("image/jpeg", pdf(""), ErrorCode.FILE_TYPE_MISMATCH);
      assertRefused("text/plain", Samples.png(4, 4), ErrorCode.FILE_TYPE_MISMATCH);
      assertRefused("application/xml", utf8("not xml at all"), ErrorCode.FILE_TYPE_MISMATCH);
    }

    @Test
    void htmlNamedAsAPngIsAMismatch() {
      byte[] html = utf8("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
      assertRefused("image/png", html, ErrorCode.FILE_TYPE_MISMATCH);
      assertRefused("text/plain", html, ErrorCode.FILE_TYPE_MISMATCH);
    }
  }

  @Nested
  class Svg {
    private final byte[] svgWithScript =
        utf8(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                + "<script>alert(document.cookie)</script></svg>");
    private final byte[] plainSvg =
        utf8("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>");

    @Test
    void anSvgIsRefusedWhateverItIsDeclaredAs() {
      assertRefused("image/svg+xml", plainSvg, ErrorCode.FILE_TYPE_NOT_ALLOWED);
      assertRefused("application/xml", plainSvg, ErrorCode.FILE_UNSAFE);
      assertRefused("image/png", plainSvg, ErrorCode.FILE_TYPE_MISMATCH);
    }

    @Test
    void anSvgWithAScriptIsRefusedAsXmlAndAsText() {
      assertRefused("application/xml", svgWithScript, ErrorCode.FILE_UNSAFE);
      assertRefused("text/xml", svgWithScript, ErrorCode.FILE_UNSAFE);
      assertRefused("text/plain", svgWithScript, ErrorCode.FILE_TYPE_MISMATCH);
    }

    @Test
    void aScriptInsideTextIsUnsafe() {
      assertRefused("text/csv", utf8("a;b\n1;<script>alert(1)</script>\n"), ErrorCode.FILE_UNSAFE);
    }
  }

  @Nested
  class Executables {
    @Test
    void aWindowsExecutableNamedPdfIsUnsafe() {
      byte[] mz = new byte[128];
      mz[0] = 'M';
      mz[1] = 'Z';
      mz[60] = (byte) 0x80;
      assertRefused("application/pdf", mz, ErrorCode.FILE_UNSAFE);
    }

    @Test
    void elfMachOJavaClassesAndScriptsAreUnsafe() {
      List<byte[]> executables =
          List.of(
              concat(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, new byte[56]),
              concat(new byte[] {(byte) 0xcf, (byte) 0xfa, (byte) 0xed, (byte) 0xfe}, new byte[28]),
              concat(new byte[] {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe}, new byte[28]),
              utf8("#!/bin/sh\nrm -rf /\n"));
      for (byte[] executable : executables) {
        assertRefused("application/pdf", executable, ErrorCode.FILE_UNSAFE);
        assertRefused("text/plain", executable, ErrorCode.FILE_UNSAFE);
      }
    }

    @Test
    void textThatMerelyStartsWithMzIsText() {
      assertThat(ContentScreening.check("text/csv", utf8("MZ;Mozambique\nFR;France\n")))
          .isEqualTo(MediaKind.CSV);
    }
  }

  @Nested
  class ActivePdf {
    @Test
    void javaScriptRunOnOpeningIsUnsafe() {
      byte[] content = pdf("/OpenAction << /S /JavaScript /JS (app.alert\\('hello'\\)) >> ");
      assertRefused("application/pdf", content, ErrorCode.FILE_UNSAFE);
    }

    @Test
    void javaScriptSpelledWithHexEscapesIsUnsafe() {
      assertRefused(
          "application/pdf", pdf("/Names << /J#61vaScript 4 0 R >> "), ErrorCode.FILE_UNSAFE);
    }

    @Test
    void launchEmbeddedFilesAndAutomaticActionsAreUnsafe() {
      List<byte[]> hostile =
          List.of(
              pdf("", "<< /Type /Action /S /Launch /F (calc.exe) >>"),
              pdf("/Names << /EmbeddedFiles 4 0 R >> "),
              pdf("/AA << /O 4 0 R >> "),
              pdf("/OpenAction 4 0 R ", "<< /S /URI /URI (http://example.org) >>"),
              pdf("", "<< /Filter /Standard /V 2 >>", "<< /Encrypt 5 0 R >>"));
      for (byte[] content : hostile) {
        assertRefused("application/pdf", content, ErrorCode.FILE_UNSAFE);
      }
    }

    @Test
    void javaScriptHiddenInACompressedObjectStreamIsUnsafe() {
      byte[] objects = ascii("4 0 << /S /JavaScript /JS (app.alert\\(1\\)) >>");
      byte[] objectStream =
          stream("/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", deflated(objects));
      byte[] content =
          Samples.pdfOf(
              List.of(
                  ascii("<< /Type /Catalog /Pages 2 0 R >>"),
                  ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
                  ascii("<< /Type /Page /Parent 2 0 R >>"),
                  objectStream));
      assertRefused("application/pdf", content, ErrorCode.FILE_UNSAFE);
    }

    @Test
    void anObjectStreamInAFilterThatCannotBeCheckedIsUnsafe() {
      byte[] content =
          Samples.pdfOf(
              List.of(
                  ascii("<< /Type /Catalog /Pages 2 0 R >>"),
                  ascii("<< /Type /Pages /Kids [] /Count 0 >>"),
                  stream("/Type /ObjStm /N 1 /First 4 /Filter /ASCII85Decode", ascii("9jqo^~>"))));
      assertRefused("application/pdf", content, ErrorCode.FILE_UNSAFE);
    }
  }

  @Nested
  class Polyglots {
    @Test
    void aPdfWithAZipAppendedIsUnsafe() {
      assertRefused("application/pdf", concat(pdf(""), Samples.zip()), ErrorCode.FILE_UNSAFE);
    }

    @Test
    void aZipInsideThePdfStructureIsUnsafeEvenWhenThePdfEndsProperly() {
      byte[] zip = Samples.zip();
      byte[] local = Arrays.copyOf(zip, 40);
      byte[] content = concat(pdf(""), local, ascii("\n%%EOF\n"));
      assertRefused("application/pdf", content, ErrorCode.FILE_UNSAFE);
      byte[] wrapped = concat(pdf(""), zip, ascii("\n%%EOF\n"));
      assertRefused("application/pdf", wrapped, ErrorCode.FILE_UNSAFE);
    }

    @Test
    void aPdfHeaderAfterOtherDataIsUnsafe() {
      assertRefused(
          "application/pdf", concat(ascii("GARBAGE-BEFORE\n"), pdf("")), ErrorCode.FILE_UNSAFE);
    }

    @Test
    void dataAfterTheEndOfAPdfIsUnsafe() {
      assertRefused(
          "application/pdf", concat(pdf(""), ascii("<html>hi</html>")), ErrorCode.FILE_UNSAFE);
    }

    @Test
    void imagesWithDataAfterTheirEndAreUnsafe() {
      assertRefused(
          "image/png", concat(Samples.png(8, 8), ascii("trailing")), ErrorCode.FILE_UNSAFE);
      assertRefused(
          "image/jpeg", concat(Samples.jpeg(8, 8), ascii("trailing")), ErrorCode.FILE_UNSAFE);
      assertRefused("image/png", concat(Samples.png(8, 8), Samples.zip()), ErrorCode.FILE_UNSAFE);
    }

    @Test
    void aZipDeclaredAsAnythingIsRefused() {
      assertRefused("application/pdf", Samples.zip(), ErrorCode.FILE_UNSAFE);
      assertRefused("text/plain", Samples.zip(), ErrorCode.FILE_UNSAFE);
    }
  }

  @Nested
  class Bombs {
    @Test
    void aPngDeclaringTenBillionPixelsIsUnsafe() {
      assertRefused("image/png", Samples.pngDeclaring(100_000, 100_000), ErrorCode.FILE_UNSAFE);
    }

    @Test
    void aPngJustUnderTheLimitIsKept() {
      assertThat(ContentScreening.check("image/png", Samples.pngDeclaring(10_000, 5_000)))
          .isEqualTo(MediaKind.PNG);
    }

    @Test
    void aJpegFrameDeclaringTooManyPixelsIsUnsafe() {
      byte[] jpeg = Samples.jpeg(16, 16);
      int frame = indexOfMarker(jpeg, 0xc0);
      jpeg[frame + 5] = (byte) 0xea; // height 60000
      jpeg[frame + 6] = (byte) 0x60;
      jpeg[frame + 7] = (byte) 0xea; // width 60000
      jpeg[frame + 8] = (byte) 0x60;
      assertRefused("image/jpeg", jpeg, ErrorCode.FILE_UNSAFE);
    }

    @Test
    void aFlateStreamInflatingPastTheLimitIsUnsafe() {
      byte[] bomb = Samples.deflatedZeros(ContentScreening.MAX_INFLATED_BYTES + (1 << 20));
      byte[] content = pdf("", new String(stream("/Filter /FlateDecode", bomb), Bytes.LATIN_1));
      assertThat(content.length).isLessThan(1 << 20);
      assertRefused("application/pdf", content, ErrorCode.FILE_UNSAFE);
    }

    @Test
    void aFlateStreamUnderTheLimitIsKept() {
      byte[] content =
          pdf(
              "",
              new String(
                  stream("/Filter /FlateDecode", Samples.deflatedZeros(4 << 20)), Bytes.LATIN_1));
      assertThat(ContentScreening.check("application/pdf", content)).isEqualTo(MediaKind.PDF);
      assertThatThrownBy(() -> PdfScreen.check(content, 1 << 20))
          .isInstanceOfSatisfying(
              RefusedContent.class, r -> assertThat(r.code()).isEqualTo(ErrorCode.FILE_UNSAFE));
    }

    @Test
    void aGzipBombIsNeverInflated() {
      byte[] gzip = Samples.gzippedZeros(256L << 20);
      assertRefused("application/gzip", gzip, ErrorCode.FILE_TYPE_NOT_ALLOWED);
      assertRefused("text/plain", gzip, ErrorCode.FILE_TYPE_MISMATCH);
      assertRefused("application/pdf", gzip, ErrorCode.FILE_TYPE_MISMATCH);
    }

    @Test
    void xmlEntitiesAreNeverExpanded() {
      byte[] laughs =
          utf8(
              "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                  + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                  + "<lolz>&lol2;</lolz>");
      byte[] external =
          utf8(
              "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                  + "<x>&xxe;</x>");
      assertRefused("application/xml", laughs, ErrorCode.FILE_UNSAFE);
      assertRefused("application/xml", external, ErrorCode.FILE_UNSAFE);
    }

    private int indexOfMarker(byte[] jpeg, int marker) {
      for (int i = 0; i + 1 < jpeg.length; i++) {
        if ((jpeg[i] & 0xff) == 0xff && (jpeg[i + 1] & 0xff) == marker) {
          return i;
        }
      }
      throw new AssertionError("no marker " + marker);
    }
  }

  @Nested
  class Malformed {
    @Test
    void aPngWithAWrongChecksumIsAMismatch() {
      byte[] png = Samples.png(8, 8);
      png[20] ^= 0x01;
      assertRefused("image/png", png, ErrorCode.FILE_TYPE_MISMATCH);
    }

    @Test
    void aTruncatedJpegIsAMismatch() {
      byte[] jpeg = Samples.jpeg(32, 32);
      assertRefused(
          "image/jpeg", Arrays.copyOf(jpeg, jpeg.length - 2), ErrorCode.FILE_TYPE_MISMATCH);
    }

    @Test
    void textWithBinaryBytesIsAMismatch() {
      assertRefused("text/plain", utf8("abc\u0000def"), ErrorCode.FILE_TYPE_MISMATCH);
    }

    @Test
    void aPdfWithoutItsEndMarkerIsAMismatch() {
      assertRefused(
          "application/pdf",
          ascii("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n"),
          ErrorCode.FILE_TYPE_MISMATCH);
    }
  }
}
