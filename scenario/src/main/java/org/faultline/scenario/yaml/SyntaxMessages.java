package org.faultline.scenario.yaml;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * Plain-language messages for SnakeYAML Engine's syntax errors.
 *
 * <p>SnakeYAML Engine states a syntax error as a problem ("expected &lt;block end&gt;, but found
 * '-'") with the place it was found, and often a context ("while parsing a block mapping") with the
 * place that construct started. The message built here keeps both facts, names the parser's tokens
 * in words a YAML author uses, and adds what to do for the common mistakes: tabs, misaligned
 * indentation, an unquoted ': ' inside a value, an unclosed quote.
 */
final class SyntaxMessages {

  private static final Pattern TAB =
      Pattern.compile("found character '\\\\t\\(TAB\\)' that cannot start any token.*");
  private static final Pattern BAD_START =
      Pattern.compile("found character '(.+)' that cannot start any token.*");
  private static final Pattern BLOCK_END =
      Pattern.compile("expected <block end>, but found '?(<[a-z ]+>|.)'?");
  private static final Pattern CONTEXT =
      Pattern.compile("while (?:parsing|scanning) an? ([a-z ]+)");
  private static final Map<String, String> TOKEN_NAMES = tokenNames();
  private static final Map<String, String> CONTEXT_NAMES = contextNames();

  private SyntaxMessages() {}

  /** A plain message with the place it is about, when known. */
  record Described(Optional<Mark> mark, String message) {}

  /** Describes a syntax error in plain words, placed where the problem was found. */
  static Described describe(MarkedYamlEngineException error) {
    String problem = error.getProblem().strip();
    Optional<Mark> problemMark = error.getProblemMark();
    String construct = constructName(error.getContext());
    Optional<Mark> contextMark = error.getContextMark();
    String startsAt = contextMark.map(SyntaxMessages::lineAndColumn).orElse("");

    if (TAB.matcher(problem).matches()) {
      return new Described(
          problemMark, "invalid YAML: a tab is used for indentation; indent with spaces");
    }
    Matcher badStart = BAD_START.matcher(problem);
    if (badStart.matches()) {
      return new Described(
          problemMark,
          "invalid YAML: a value cannot start with '"
              + badStart.group(1)
              + "'; put the value in quotes");
    }
    if (problem.equals("mapping values are not allowed here")) {
      return new Described(
          problemMark,
          "invalid YAML: ':' is not allowed here; put a value that contains ': ' in quotes,"
              + " or align this key with the other keys of its mapping");
    }
    if (problem.equals("sequence entries are not allowed here")) {
      return new Described(
          problemMark,
          "invalid YAML: a sequence item '-' is not allowed here; start the sequence on the line"
              + " below its key");
    }
    Matcher blockEnd = BLOCK_END.matcher(problem);
    if (blockEnd.matches() && !startsAt.isEmpty()) {
      return new Described(
          problemMark,
          "invalid YAML: bad indentation: this line does not line up with the "
              + construct
              + " that starts at "
              + startsAt
              + " (found "
              + tokenName(blockEnd.group(1))
              + ")");
    }
    if (problem.equals("found unexpected end of stream") && !startsAt.isEmpty()) {
      return new Described(
          problemMark,
          "invalid YAML: the file ends inside the " + construct + " that starts at " + startsAt);
    }

    String where =
        startsAt.isEmpty() ? "" : " (in the " + construct + " that starts at " + startsAt + ")";
    return new Described(problemMark, "invalid YAML: " + nameTokens(problem) + where);
  }

  private static String constructName(String context) {
    Matcher matcher = context == null ? null : CONTEXT.matcher(context.strip());
    if (matcher == null || !matcher.matches()) {
      return "value";
    }
    return CONTEXT_NAMES.getOrDefault(matcher.group(1), matcher.group(1));
  }

  private static String nameTokens(String problem) {
    String named = problem;
    for (Map.Entry<String, String> token : TOKEN_NAMES.entrySet()) {
      String quoted = "'" + token.getKey() + "'";
      named = named.replace(quoted, token.getValue()).replace(token.getKey(), token.getValue());
    }
    return named;
  }

  private static String tokenName(String token) {
    if (token.equals("-")) {
      return "a sequence item '-'";
    }
    return TOKEN_NAMES.getOrDefault(token, "'" + token + "'");
  }

  private static String lineAndColumn(Mark mark) {
    return String.format(
        Locale.ROOT, "line %d, column %d", mark.getLine() + 1, mark.getColumn() + 1);
  }

  private static Map<String, String> tokenNames() {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("<block end>", "the end of the block");
    names.put("<block mapping start>", "a new mapping");
    names.put("<block sequence start>", "a sequence item '-'");
    names.put("<scalar>", "a value");
    names.put("<document start>", "'---'");
    names.put("<document end>", "'...'");
    names.put("<stream end>", "the end of the file");
    names.put("<stream start>", "the start of the file");
    names.put("<alias>", "an alias");
    names.put("<anchor>", "an anchor");
    names.put("<tag>", "a tag");
    names.put("<directive>", "a directive");
    return names;
  }

  private static Map<String, String> contextNames() {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("block mapping", "mapping");
    names.put("block collection", "block");
    names.put("flow sequence", "flow sequence '['");
    names.put("flow mapping", "flow mapping '{'");
    names.put("quoted scalar", "quoted value");
    names.put("simple key", "key");
    names.put("block scalar", "block scalar");
    names.put("node", "value");
    return names;
  }
}
