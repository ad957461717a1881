package org.faultline.analysis.figure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads SVG files written by the figures as XML. */
final class SvgFiles {

  static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

  private SvgFiles() {}

  /** Parses a file as namespace-aware XML; a document type declaration is rejected. */
  static Document parse(Path file) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return factory.newDocumentBuilder().parse(file.toFile());
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("cannot parse " + file + " as XML: " + e.getMessage(), e);
    }
  }

  /** Returns the content of every SVG {@code text} element in document order. */
  static List<String> texts(Path file) throws IOException {
    NodeList elements = parse(file).getElementsByTagNameNS(SVG_NAMESPACE, "text");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < elements.getLength(); i++) {
      texts.add(elements.item(i).getTextContent());
    }
    return texts;
  }
}
