package org.faultline.analysis.figure;

/**
 * Prepares strings for JFreeSVG's {@code drawString}, which writes them as XML text.
 *
 * <p>JFreeSVG 5.0.7 escapes {@code <}, {@code >}, quotes and {@code &}, except an {@code &} that
 * already starts {@code &lt;}, {@code &gt;}, {@code &amp;}, {@code &apos;} or {@code &quot;}, which
 * it copies as is; it also copies characters that XML 1.0 does not allow. So a service id that
 * contains such an entity, or a control character, would come out altered or as invalid XML. This
 * class writes the {@code &} of such an entity as {@code &amp;}, which JFreeSVG then copies, and
 * replaces the characters XML forbids with U+FFFD.
 */
final class SvgText {

  private static final String[] ENTITIES = {"&lt;", "&gt;", "&amp;", "&apos;", "&quot;"};

  private SvgText() {}

  static String prepare(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (c == '&' && startsEntity(text, i)) {
        out.append("&amp;");
      } else if (isXmlChar(c)) {
        out.appendCodePoint(c);
      } else {
        out.append('\uFFFD');
      }
      i += Character.charCount(c);
    }
    return out.toString();
  }

  private static boolean startsEntity(String text, int index) {
    for (String entity : ENTITIES) {
      if (text.startsWith(entity, index)) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether XML 1.0 allows the code point in text; a lone surrogate is not allowed. */
  private static boolean isXmlChar(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
