package nl.passend.adapters.oso;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.passend.application.common.UnreadableDocumentException;
import nl.passend.formats.LimitedInputStream;

/**
 * A dossier read with the JDK's streaming parser (StAX) into a small tree of elements: local names
 * and trimmed text, without attributes. DTDs and entities are refused, the size, depth and element
 * count are limited, and the content of embedded documents and of the citizen and education numbers
 * is never kept.
 */
final class XmlTree {
  /** Elements whose text is never kept: embedded documents (base64), the citizen number, the education number. */
  private static final Set<String> DROPPED_TEXT = Set.of("bestandsinhoud", "bsn", "onderwijsnummer");
  private static final int MAX_DEPTH = 64;
  private static final int MAX_ELEMENTS = 500_000;
  private static final XMLInputFactory FACTORY = factory();

  /**
   * An element.
   *
   * @param name its local name
   * @param namespace its namespace URI, empty when none
   * @param text its trimmed text (empty for an element with children)
   * @param children its child elements in document order
   */
  record Node(String name, String namespace, String text, List<Node> children) {
    /** The first child with this name. */
    Optional<Node> child(String childName) {
      return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    /** Every child with this name. */
    List<Node> all(String childName) {
      return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The text of the first child with this name, if it has any. */
    Optional<String> text(String childName) {
      return child(childName).map(Node::text).filter(t -> !t.isEmpty());
    }

    /** Every element with this name below this one, in document order. */
    List<Node> descendants(String descendantName) {
      List<Node> found = new ArrayList<>();
      collect(this, descendantName, found);
      return found;
    }

    private static void collect(Node node, String wanted, List<Node> found) {
      for (Node c : node.children) {
        if (c.name.equals(wanted)) {
          found.add(c);
        }
        collect(c, wanted, found);
      }
    }
  }

  private XmlTree() {}

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  /**
   * Parses a document.
   *
   * @throws UnreadableDocumentException when it is not well-formed XML, holds a DTD or an entity, or is too large or deep
   */
  static Node parse(InputStream in, long maxBytes) {
    LimitedInputStream limited = new LimitedInputStream(in, maxBytes);
    XMLStreamReader r = null;
    try {
      r = FACTORY.createXMLStreamReader(limited);
      Deque<Building> open = new ArrayDeque<>();
      Node root = null;
      int elements = 0;
      while (r.hasNext()) {
        int event = r.next();
        switch (event) {
          case XMLStreamConstants.DTD -> throw new UnreadableDocumentException("body", "a DTD is not allowed in a dossier", false);
          case XMLStreamConstants.ENTITY_REFERENCE -> throw new UnreadableDocumentException(path(open), "an entity reference is not allowed", false);
          case XMLStreamConstants.START_ELEMENT -> {
            if (open.size() >= MAX_DEPTH || ++elements > MAX_ELEMENTS) {
              throw new UnreadableDocumentException(path(open), "the dossier nests too deeply or holds too many elements", false);
            }
            String ns = r.getNamespaceURI();
            open.push(new Building(r.getLocalName(), ns == null ? "" : ns));
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
            Building b = open.peek();
            if (b != null && !DROPPED_TEXT.contains(b.name) && b.text.length() < 100_000) {
              b.text.append(r.getText());
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            Building b = open.pop();
            Node node = new Node(b.name, b.namespace, b.children.isEmpty() ? b.text.toString().strip() : "", List.copyOf(b.children));
            if (open.isEmpty()) {
              root = node;
            } else {
              open.peek().children.add(node);
            }
          }
          default -> {
            // comments, processing instructions, the document's start and end
          }
        }
      }
      if (root == null) {
        throw new UnreadableDocumentException("body", "is not an XML document", false);
      }
      return root;
    } catch (XMLStreamException e) {
      if (limited.exceeded()) {
        throw new UnreadableDocumentException("body", "the dossier is larger than " + maxBytes + " bytes", true);
      }
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
      throw new UnreadableDocumentException("body", "is not well-formed XML" + where + " (DTDs and entities are refused)", false);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException e) {
          // nothing more to read
        }
      }
    }
  }

  private static String path(Deque<Building> open) {
    StringBuilder p = new StringBuilder();
    open.descendingIterator().forEachRemaining(b -> p.append('/').append(b.name));
    return p.length() == 0 ? "body" : p.toString();
  }

  private static final class Building {
    final String name;
    final String namespace;
    final StringBuilder text = new StringBuilder();
    final List<Node> children = new ArrayList<>();

    Building(String name, String namespace) {
      this.name = name;
      this.namespace = namespace;
    }
  }
}
