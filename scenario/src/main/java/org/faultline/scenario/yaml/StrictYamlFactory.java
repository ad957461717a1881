package org.faultline.scenario.yaml;

import java.io.Reader;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.YAMLReadFeature;

/**
 * A Jackson YAML factory whose parsers expose the SnakeYAML Engine event behind each token.
 *
 * <p>Jackson's token stream drops what strict reading needs: the anchor of a scalar, whether a
 * scalar was quoted, the start of a second document and the directives of a document. The event
 * carries all of it. {@link YAMLParser} keeps the current event in a protected field and reads
 * events through the protected {@code nextEvent()}, which is how this subclass reaches them. Only
 * parsers created from a {@link Reader} are of the exposing kind.
 *
 * <p>The factory also sets Jackson's stream read constraints from the {@link ReadLimits}, as a
 * second line behind the reader's own checks: nesting one level deeper than the reader allows, and
 * documents, strings and names longer than the byte limit.
 */
final class StrictYamlFactory extends YAMLFactory {

  private static final long serialVersionUID = 1L;

  private StrictYamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  /** Creates a factory whose parsers enforce the limits. */
  static StrictYamlFactory create(ReadLimits limits) {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxBytes())
            .maxStringLength(limits.maxBytes())
            .maxNameLength(limits.maxBytes())
            .maxNestingDepth(limits.maxDepth() + 1)
            .build();
    LoadSettings loadSettings = LoadSettings.builder().setCodePointLimit(limits.maxBytes()).build();
    YAMLFactoryBuilder builder =
        YAMLFactory.builder()
            .streamReadConstraints(constraints)
            .loadSettings(loadSettings)
            .disable(YAMLReadFeature.EMPTY_DOCUMENT_AS_EMPTY_OBJECT)
            // The tree builder reports duplicate keys itself, naming both places, and reads on.
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    return new StrictYamlFactory(builder);
  }

  /** Creates a parser over a reader; the caller closes both. */
  EventParser createEventParser(Reader reader) {
    return (EventParser) createParser(ObjectReadContext.empty(), reader);
  }

  @Override
  protected YAMLParser _createParser(
      ObjectReadContext readContext, IOContext ioContext, Reader reader) {
    return new EventParser(
        readContext,
        ioContext,
        _getBufferRecycler(),
        readContext.getStreamReadFeatures(_streamReadFeatures),
        readContext.getFormatReadFeatures(_formatReadFeatures),
        _loadSettings,
        reader);
  }

  /**
   * A YAML parser that exposes the event behind the current token and the documents it has started.
   */
  static final class EventParser extends YAMLParser {

    private int documentCount;
    private DocumentStartEvent secondDocument;
    private DocumentStartEvent firstDocument;

    private EventParser(
        ObjectReadContext readContext,
        IOContext ioContext,
        BufferRecycler recycler,
        int streamFeatures,
        int formatFeatures,
        LoadSettings loadSettings,
        Reader reader) {
      super(
          readContext,
          ioContext,
          recycler,
          streamFeatures,
          formatFeatures,
          loadSettings,
          reader,
          false);
    }

    /** Returns the event behind the current token. */
    Event currentEvent() {
      return _lastEvent;
    }

    /** Returns the start of the first document, or null before it has been read. */
    DocumentStartEvent firstDocument() {
      return firstDocument;
    }

    /** Returns the start of a second document, or null when none has been read. */
    DocumentStartEvent secondDocument() {
      return secondDocument;
    }

    @Override
    protected Event nextEvent() {
      Event event = super.nextEvent();
      if (event instanceof DocumentStartEvent start) {
        documentCount++;
        if (documentCount == 1) {
          firstDocument = start;
        } else if (documentCount == 2) {
          secondDocument = start;
        }
      }
      if (expectsKey() && isNode(event) && event.getEventId() != Event.ID.Scalar) {
        throw new UnsupportedKeyException(event.getStartMark());
      }
      return event;
    }

    /*
     * Jackson reports a mapping, sequence or alias in key position with a message about its own
     * token model, so such keys are caught here, where the event is still known.
     */
    private boolean expectsKey() {
      return _streamReadContext.inObject() && _currToken != JsonToken.PROPERTY_NAME;
    }

    private static boolean isNode(Event event) {
      return switch (event.getEventId()) {
        case Scalar, Alias, MappingStart, SequenceStart -> true;
        default -> false;
      };
    }
  }

  /** Thrown when a mapping key is a mapping, a sequence or an alias. */
  static final class UnsupportedKeyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Optional<Mark> mark;

    UnsupportedKeyException(Optional<Mark> mark) {
      super("a mapping key must be a scalar", null, false, false);
      this.mark = mark;
    }

    /** Returns where the key starts, when known. */
    Optional<Mark> mark() {
      return mark;
    }
  }
}
