package org.faultline.model.latency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.faultline.engine.event.DelayComponent;
import org.faultline.engine.event.EventCatalog;
import org.faultline.engine.event.EventType;
import org.faultline.engine.event.Intent;
import org.faultline.engine.latency.Decision;
import org.faultline.engine.latency.LatencyContext;
import org.faultline.engine.latency.LatencyPolicy;
import org.faultline.model.event.InfrastructureEvents;
import org.faultline.model.spec.ChannelSpec;
import org.faultline.model.spec.SchedulingRule;

/**
 * The latency policy of a scenario's scheduling table. An intent whose type has a row is scheduled
 * after the row's components, in this order: {@code requested} (the delay the source asked for, 0
 * when it asked for none) when the row includes it, then {@code fixed}. An intent whose type has no
 * row is rejected.
 *
 * <p>A row that names a channel adds three components, always recorded: {@code channel_minimum},
 * the channel's minimum delay; {@code queueing}, the wait until the channel has room for the intent
 * at the tick it could leave; and {@code jitter}, drawn uniformly from 0 to the channel's jitter
 * from the random stream {@code latency.jitter.CHANNEL} of the run.
 *
 * <p>Not thread-safe: channels keep their occupancy between decisions.
 */
public final class SchedulingTable implements LatencyPolicy {

  static final String REQUESTED = "requested";
  static final String FIXED = "fixed";
  static final String CHANNEL_MINIMUM = "channel_minimum";
  static final String QUEUEING = "queueing";
  static final String JITTER = "jitter";

  /** The prefix of each channel's random stream, followed by the channel id. */
  public static final String JITTER_STREAM = "latency.jitter.";

  private final SchedulingRule[] rules;
  private final Channel[] channels;

  /**
   * Creates the table without channels.
   *
   * @param catalog the event types the rules name
   * @param rules at most one per event type, none naming a channel
   * @throws IllegalArgumentException if a rule names an unknown type, a type twice, a type the
   *     model schedules itself, or a channel
   */
  public SchedulingTable(EventCatalog catalog, List<SchedulingRule> rules) {
    this(catalog, rules, List.of());
  }

  /**
   * Creates the table.
   *
   * @param catalog the event types the rules name
   * @param rules at most one per event type
   * @param channelSpecs the channels that rules may name, with unique ids
   * @throws IllegalArgumentException if a rule names an unknown type, a type twice, a type the
   *     model schedules itself, or an unknown channel
   */
  public SchedulingTable(
      EventCatalog catalog, List<SchedulingRule> rules, List<ChannelSpec> channelSpecs) {
    Map<String, Channel> byId = new LinkedHashMap<>();
    for (ChannelSpec spec : channelSpecs) {
      if (byId.put(spec.id(), new Channel(spec)) != null) {
        throw new IllegalArgumentException("two channels have id " + spec.id());
      }
    }
    this.rules = new SchedulingRule[catalog.size()];
    this.channels = new Channel[catalog.size()];
    for (SchedulingRule rule : rules) {
      EventType type =
          catalog
              .find(rule.event())
              .orElseThrow(
                  () -> new IllegalArgumentException("unknown event type " + rule.event()));
      if (InfrastructureEvents.MODEL_SCHEDULED.contains(rule.event())) {
        throw new IllegalArgumentException("the model schedules " + rule.event() + " itself");
      }
      if (this.rules[type.index()] != null) {
        throw new IllegalArgumentException("two scheduling rules for " + rule.event());
      }
      this.rules[type.index()] = rule;
      if (rule.channel().isPresent()) {
        Channel channel = byId.get(rule.channel().get());
        if (channel == null) {
          throw new IllegalArgumentException(
              "the rule for " + rule.event() + " names unknown channel " + rule.channel().get());
        }
        this.channels[type.index()] = channel;
      }
    }
  }

  @Override
  public Decision decide(Intent intent, LatencyContext context) {
    SchedulingRule rule = rules[intent.type().index()];
    if (rule == null) {
      return Decision.reject(
          "no channel schedules " + intent.type() + " in this scenario's scheduling table");
    }
    List<DelayComponent> components = new ArrayList<>(5);
    if (rule.requested()) {
      components.add(new DelayComponent(REQUESTED, context.requestedTicks().orElse(0)));
    }
    if (rule.fixed() > 0 || !rule.requested()) {
      components.add(new DelayComponent(FIXED, rule.fixed()));
    }
    Channel channel = channels[intent.type().index()];
    if (channel != null) {
      try {
        addChannelComponents(channel, components, context);
      } catch (ArithmeticException e) {
        return Decision.reject(
            "the delay of "
                + intent.type()
                + " through channel "
                + channel.spec().id()
                + " at t="
                + context.now()
                + " overflows logical time");
      }
    }
    return Decision.schedule(components);
  }

  private static void addChannelComponents(
      Channel channel, List<DelayComponent> components, LatencyContext context) {
    ChannelSpec spec = channel.spec();
    long earliest = Math.addExact(context.now(), spec.minimum());
    for (DelayComponent component : components) {
      earliest = Math.addExact(earliest, component.ticks());
    }
    long release = channel.release(earliest);
    long jitter =
        spec.jitter() > 0
            ? context.random(JITTER_STREAM + spec.id()).nextLong(spec.jitter() + 1)
            : 0;
    components.add(new DelayComponent(CHANNEL_MINIMUM, spec.minimum()));
    components.add(new DelayComponent(QUEUEING, release - earliest));
    components.add(new DelayComponent(JITTER, jitter));
  }
}
