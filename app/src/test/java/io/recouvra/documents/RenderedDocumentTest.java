package io.recouvra.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RenderedDocumentTest {

  @Test
  void keepsItsOwnCopyOfTheContent() {
    byte[] bytes = {1, 2, 3};
    RenderedDocument document = new RenderedDocument("a.pdf", RenderedDocument.PDF, bytes);

    bytes[0] = 9;
    document.content()[1] = 9;

    assertThat(document.content()).containsExactly(1, 2, 3);
  }

  @Test
  void equalsAnotherWithTheSameBytes() {
    RenderedDocument one = new RenderedDocument("a.pdf", RenderedDocument.PDF, new byte[] {1, 2});
    RenderedDocument same = new RenderedDocument("a.pdf", RenderedDocument.PDF, new byte[] {1, 2});
    RenderedDocument other = new RenderedDocument("a.pdf", RenderedDocument.PDF, new byte[] {1});

    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
  }

  @Test
  void describesItselfWithoutItsContent() {
    RenderedDocument document =
        new RenderedDocument("statement.pdf", RenderedDocument.PDF, new byte[] {65, 66, 67});

    assertThat(document).hasToString("statement.pdf (application/pdf, 3 bytes)");
    assertThat(document.size()).isEqualTo(3);
  }
}
