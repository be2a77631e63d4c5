package io.recouvra.architecture;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The Liquibase side of table ownership: {@code db/changelog/<module>/} changes only tables,
 * sequences and views of schema {@code <module>}. Every element naming a table, sequence or view
 * must name its schema, every {@code ...schemaName} attribute must be the module, a {@code
 * references} attribute must point into the module, and SQL text must not name another module's
 * schema nor create, alter or drop a table, view or sequence not qualified by the module's schema.
 * Change sets outside a module folder, folders that are no module and changelogs in another format
 * than XML (which this check cannot read) are refused.
 */
final class ChangelogOwnership {

  private static final Set<String> NAMED_IN_SCHEMA =
      Set.of("tableName", "sequenceName", "viewName");

  /** DDL in raw SQL; group 1 is the object name, which must be qualified by the module. */
  private static final Pattern SQL_DDL =
      Pattern.compile(
          "\\b(?:create|alter|drop)\\s+(?:table|view|sequence)\\s+(?:if\\s+(?:not\\s+)?exists\\s+)?"
              + "([\\w\"]+(?:\\s*\\.\\s*[\\w\"]+)?)",
          Pattern.CASE_INSENSITIVE);

  private ChangelogOwnership() {}

  static List<String> violations(CodeBase codeBase) {
    List<String> violations = new ArrayList<>();
    Path root = codeBase.changelogRoot();
    for (Path file : SourceTree.files(root)) {
      Path relative = root.relativize(file);
      String where = relative.toString();
      if (relative.getNameCount() == 1) {
        checkHasNoChangeSet(file, where, violations);
      } else if (!codeBase.modules().contains(relative.getName(0).toString())) {
        violations.add(where + ": folder " + relative.getName(0) + " is not a module");
      } else if (!where.endsWith(".xml")) {
        violations.add(where + ": only XML changelogs can be checked for table ownership");
      } else {
        String module = relative.getName(0).toString();
        Pattern foreignSchema =
            TableOwnershipRules.foreignSchemaPattern(codeBase.modules(), module);
        checkElements(parse(file).getDocumentElement(), module, foreignSchema, where, violations);
      }
    }
    return violations;
  }

  private static void checkHasNoChangeSet(Path file, String where, List<String> violations) {
    if (where.endsWith(".xml") && parse(file).getElementsByTagName("changeSet").getLength() > 0) {
      violations.add(where + ": change sets belong in the folder of the module owning the table");
    }
  }

  private static void checkElements(
      Element element, String module, Pattern foreignSchema, String where, List<String> found) {
    String tag = "<" + element.getTagName() + ">";
    NamedNodeMap attributes = element.getAttributes();
    for (int index = 0; index < attributes.getLength(); index++) {
      String name = attributes.item(index).getNodeName();
      String value = attributes.item(index).getNodeValue();
      if (name.endsWith("chemaName") && !value.equalsIgnoreCase(module)) {
        found.add(where + ": " + tag + " " + name + "=\"" + value + "\" is not " + module);
      }
      if (namesSomethingInASchema(name) && !declaresSchema(element, name)) {
        found.add(where + ": " + tag + " " + name + "=\"" + value + "\" has no schema " + module);
      }
      if (name.equals("references") && !value.toLowerCase().startsWith(module + ".")) {
        found.add(where + ": " + tag + " references \"" + value + "\" outside " + module);
      }
    }
    String text = ownText(element);
    if (foreignSchema.matcher(text).find()) {
      found.add(where + ": " + tag + " names another module's schema in \"" + text.strip() + "\"");
    }
    Matcher ddl = SQL_DDL.matcher(text);
    while (ddl.find()) {
      String name = ddl.group(1).replace("\"", "").replaceAll("\\s", "");
      if (!name.toLowerCase(Locale.ROOT).startsWith(module + ".")) {
        found.add(where + ": " + tag + " changes " + name + " outside schema " + module);
      }
    }
    NodeList children = element.getChildNodes();
    for (int index = 0; index < children.getLength(); index++) {
      if (children.item(index) instanceof Element child) {
        checkElements(child, module, foreignSchema, where, found);
      }
    }
  }

  private static boolean namesSomethingInASchema(String attribute) {
    return NAMED_IN_SCHEMA.contains(attribute) || attribute.endsWith("TableName");
  }

  /** tableName needs schemaName; baseTableName needs baseTableSchemaName (or schemaName). */
  private static boolean declaresSchema(Element element, String attribute) {
    String specific = attribute.replace("TableName", "TableSchemaName");
    return element.hasAttribute("schemaName")
        || (!specific.equals(attribute) && element.hasAttribute(specific));
  }

  private static String ownText(Element element) {
    StringBuilder text = new StringBuilder();
    NodeList children = element.getChildNodes();
    for (int index = 0; index < children.getLength(); index++) {
      Node child = children.item(index);
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      }
    }
    return text.toString();
  }

  private static Document parse(Path file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      return builder.parse(file.toFile());
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalStateException("Cannot read changelog " + file, e);
    }
  }
}
