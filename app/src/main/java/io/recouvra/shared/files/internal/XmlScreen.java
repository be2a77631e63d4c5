package io.recouvra.shared.files.internal;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Checks that content is well-formed XML data (bank statements, say) and not a document a browser
 * renders or a parser expands: no document type declaration (entities, external references), no
 * style sheet instruction, and no SVG, XHTML, XInclude or script element.
 */
final class XmlScreen {

  private static final Set<String> ACTIVE_NAMESPACES =
      Set.of(
          "http://www.w3.org/2000/svg",
          "http://www.w3.org/1999/xhtml",
          "http://www.w3.org/2001/xinclude",
          "http://www.w3.org/1999/xsl/transform");
  private static final Set<String> ACTIVE_ELEMENTS = Set.of("svg", "html", "script", "iframe");

  private XmlScreen() {}

  /**
   * Checks declared XML.
   *
   * @throws RefusedContent when it must not be kept
   */
  static void check(byte[] xml) {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    try {
      XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
      try {
        while (reader.hasNext()) {
          checkEvent(reader, reader.next());
        }
      } finally {
        reader.close();
      }
    } catch (XMLStreamException malformed) {
      throw RefusedContent.mismatch("The content is not well-formed XML");
    }
  }

  private static void checkEvent(XMLStreamReader reader, int event) {
    switch (event) {
      case XMLStreamConstants.DTD ->
          throw RefusedContent.unsafe("The XML has a document type declaration");
      case XMLStreamConstants.ENTITY_REFERENCE ->
          throw RefusedContent.unsafe("The XML refers to an entity");
      case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
        if ("xml-stylesheet".equalsIgnoreCase(reader.getPITarget())) {
          throw RefusedContent.unsafe("The XML asks for a style sheet");
        }
      }
      case XMLStreamConstants.START_ELEMENT -> checkElement(reader);
      default -> {
        // text, comments and the end of elements carry nothing to check
      }
    }
  }

  private static void checkElement(XMLStreamReader reader) {
    String namespace = reader.getNamespaceURI();
    String name = reader.getLocalName().toLowerCase(Locale.ROOT);
    if ((namespace != null && ACTIVE_NAMESPACES.contains(namespace.toLowerCase(Locale.ROOT)))
        || ACTIVE_ELEMENTS.contains(name)) {
      throw RefusedContent.unsafe("The XML is SVG or HTML, or holds a script");
    }
  }
}
