package org.faultline.trace;

import java.util.List;

/**
 * Column names of {@code metrics.csv} and the conventions of its initial-state rows.
 *
 * <p>The writer emits every column of {@link #HEADER}. A reader requires the first {@link
 * #MANDATORY_COUNT} columns in exactly that order and accepts any further columns.
 */
public final class MetricsColumns {

  /** Logical time of the event, in ticks. */
  public static final String TIME = "time";

  /** Type of the executed event. */
  public static final String EVENT_TYPE = "event_type";

  /** Source of the executed event, such as {@code environment:flood}. */
  public static final String SOURCE = "source";

  /** Identifier of the service the row describes. */
  public static final String SERVICE_ID = "service_id";

  /** Stress level of the service after the event. */
  public static final String STRESS_LEVEL = "stress_level";

  /** Operational resource level of the service after the event. */
  public static final String RESOURCE_LEVEL = "resource_level";

  /** Load on the service after the event. */
  public static final String LOAD = "load";

  /** Capacity the service can serve after the event, once coupling is applied. */
  public static final String EFFECTIVE_CAPACITY = "effective_capacity";

  /** Status of the service after the event, such as {@code operational}. */
  public static final String STATUS = "status";

  /**
   * Identifier of the executed event, or {@link #INITIAL_STATE_EVENT_ID} for initial-state rows.
   */
  public static final String EVENT_ID = "event_id";

  /** The header the writer emits, in order. */
  public static final List<String> HEADER =
      List.of(
          TIME,
          EVENT_TYPE,
          SOURCE,
          SERVICE_ID,
          STRESS_LEVEL,
          RESOURCE_LEVEL,
          LOAD,
          EFFECTIVE_CAPACITY,
          STATUS,
          EVENT_ID);

  /** Number of leading columns every metrics file has, in the order of {@link #HEADER}. */
  public static final int MANDATORY_COUNT = 6;

  /**
   * Event id of the initial-state rows of a delta-mode file. Executed events have ids of 1 or more,
   * so this id never names an event.
   */
  public static final long INITIAL_STATE_EVENT_ID = 0;

  /** Logical time of the initial-state rows. */
  public static final long INITIAL_STATE_TIME = 0;

  /** Value of {@code event_type} in the initial-state rows. */
  public static final String INITIAL_STATE_EVENT_TYPE = "INITIAL_STATE";

  /** Value of {@code source} in the initial-state rows. */
  public static final String INITIAL_STATE_SOURCE = "initial";

  private MetricsColumns() {}
}
