package org.faultline.engine.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.faultline.engine.agent.Agent;
import org.faultline.engine.agent.IntentSink;
import org.faultline.engine.agent.Observation;
import org.faultline.engine.effect.EffectContext;
import org.faultline.engine.effect.EffectHandler;
import org.faultline.engine.event.AppliedDelay;
import org.faultline.engine.event.DelayComponent;
import org.faultline.engine.event.Event;
import org.faultline.engine.event.EventCatalog;
import org.faultline.engine.event.EventType;
import org.faultline.engine.event.Intent;
import org.faultline.engine.event.Participant;
import org.faultline.engine.event.Participants;
import org.faultline.engine.event.Payload;
import org.faultline.engine.event.Rejection;
import org.faultline.engine.latency.Decision;
import org.faultline.engine.latency.LatencyContext;
import org.faultline.engine.latency.LatencyPolicy;
import org.faultline.engine.observe.RunObserver;
import org.faultline.engine.observe.RunSummary;
import org.faultline.engine.queue.EventQueue;
import org.faultline.engine.random.RandomStream;
import org.faultline.engine.random.RandomStreams;
import org.faultline.engine.state.StateStore;
import org.faultline.engine.state.StateView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event loop: the one authority that orders events, decides every intent through the latency
 * policy, applies effects and delivers observations.
 *
 * <p>Each step executes the earliest pending event (by time, then sequence number), in this order:
 * the event's effect handler; the observers, with the post-event state; the follow-up intents of
 * the handler; then each reacting agent in the order given to the builder, whose intents are
 * decided as soon as its call returns. Every decision is made at the current time, and an event
 * records the id of the event being processed as its cause, unless an effect handler attributed it
 * to an earlier executed event.
 *
 * <p>Not thread-safe. A simulation runs once, on one thread; run parameter sweeps with one
 * simulation per thread.
 */
public final class Simulation {

  private static final Logger LOG = LoggerFactory.getLogger(Simulation.class);
  private static final String INITIAL_DELAY_COMPONENT = "scheduled";

  private final String runId;
  private final StateStore store;
  private final LatencyPolicy latency;
  private final EffectHandler[] handlers;
  private final Reaction[][] reactions;
  private final List<RunObserver> observers;
  private final Guards guards;
  private final long horizon;
  private final RandomStreams random;

  private final EventQueue<Event> queue = new EventQueue<>(1024);
  private final PendingCounts pending;
  private final EngineView fullView;
  private final EngineView agentView;
  private final CurrentObservation observation = new CurrentObservation();
  private final EngineContext context = new EngineContext();
  private final List<Intent> intents = new ArrayList<>();
  private long[] intentCauses = new long[16];
  private final IntentSink collect = intent -> addIntent(intent, this.causeId);
  private final RecentEvents recent = new RecentEvents();

  private boolean started;
  private long executed;
  private long rejected;
  private long instantTime = Long.MIN_VALUE;
  private long instantCount;
  private long causeId;
  private Event current;
  private OptionalLong requestedTicks = OptionalLong.empty();

  private Simulation(Builder builder) {
    this.runId = builder.runId;
    this.store = builder.store;
    this.latency = builder.latency;
    this.handlers = builder.handlers;
    this.reactions = builder.reactionTable();
    this.observers = List.copyOf(builder.observers);
    this.guards = builder.guards;
    this.horizon = builder.horizon;
    this.random = new RandomStreams(builder.seed);
    this.pending = new PendingCounts(builder.catalog.size(), builder.participants);
    this.fullView = new EngineView(store, pending, Visibility.everything());
    this.agentView = new EngineView(store, pending, builder.visibility);
  }

  /**
   * Starts a simulation over a model's event types, participants and state.
   *
   * @param catalog the event types, fixed from now on
   * @param participants the agents and external sources, fixed from now on
   * @param store the state, with its columns added and initial values set
   */
  public static Builder builder(EventCatalog catalog, Participants participants, StateStore store) {
    return new Builder(catalog, participants, store);
  }

  /**
   * Schedules an event before the run, with no cause, after a delay from the current time.
   *
   * @param delayTicks the delay in ticks: a finite whole number, at least 0
   * @return the scheduled event
   * @throws IllegalArgumentException if the delay is negative, NaN, infinite or fractional
   * @throws IllegalStateException if the run has started
   */
  public Event schedule(EventType type, Participant source, Payload payload, double delayTicks) {
    checkNotStarted();
    long now = queue.now();
    String problem = delayProblem(delayTicks);
    if (problem != null) {
      throw new IllegalArgumentException(
          "cannot schedule "
              + type
              + " from "
              + source
              + " with delay "
              + delayTicks
              + " at t="
              + now
              + ": "
              + problem);
    }
    long delay = (long) delayTicks;
    return scheduleAt(type, source, payload, now + delay, OptionalLong.of(delay));
  }

  /**
   * Schedules an event before the run, with no cause, at an absolute time.
   *
   * @param time the execution time in ticks; not before the current time
   * @return the scheduled event
   * @throws IllegalArgumentException if the time is before the current time
   * @throws IllegalStateException if the run has started
   */
  public Event scheduleAt(EventType type, Participant source, Payload payload, long time) {
    checkNotStarted();
    return scheduleAt(type, source, payload, time, OptionalLong.empty());
  }

  /**
   * Runs until no event is pending or the next one lies after the horizon.
   *
   * @return the counts of the completed run
   * @throws GuardTrippedException if a guard stops the run
   * @throws SimulationException if an effect handler, agent, policy or observer fails
   * @throws IllegalStateException if the simulation has already run
   */
  public RunSummary run() {
    checkNotStarted();
    started = true;
    LOG.info("run {} started: {} events scheduled, horizon t={}", runId, queue.size(), horizon);

    store.markAllChanged();
    for (RunObserver observer : observers) {
      try {
        observer.runStarted(fullView);
      } catch (RuntimeException e) {
        throw observerFailed(observer, "at the start of the run", e);
      }
    }
    while (!queue.isEmpty() && queue.peekTime() <= horizon) {
      step();
    }

    RunSummary summary = new RunSummary(executed, rejected, queue.size(), queue.now());
    for (RunObserver observer : observers) {
      try {
        observer.runFinished(summary);
      } catch (RuntimeException e) {
        throw observerFailed(observer, "at the end of the run", e);
      }
    }
    LOG.info(
        "run {} finished at t={}: {} executed, {} rejected, {} pending after the horizon",
        runId,
        summary.endTime(),
        executed,
        rejected,
        summary.pendingAtHorizon());
    return summary;
  }

  /** Returns the current logical time in ticks: the time of the last executed event, or 0. */
  public long now() {
    return queue.now();
  }

  /** Returns the number of events pending. */
  public int pendingCount() {
    return queue.size();
  }

  private void step() {
    checkEventLimit();
    Event event = queue.poll();
    pending.decrement(event.type(), event.source());
    checkInstant(event);
    recent.add(event);
    causeId = event.id();
    current = event;

    applyEffect(event);
    executed++;
    for (RunObserver observer : observers) {
      try {
        observer.eventExecuted(event, fullView);
      } catch (RuntimeException e) {
        String moment = "recording event #" + event.id() + " at t=" + event.time();
        throw observerFailed(observer, moment, e);
      }
    }
    decideAll();
    deliverObservations(event);
  }

  private void applyEffect(Event event) {
    store.clearChanges();
    intents.clear();
    try {
      handlers[event.type().index()].apply(event, context);
    } catch (RuntimeException e) {
      throw new SimulationException(
          "effect handler for "
              + event.type()
              + " failed on event #"
              + event.id()
              + " at t="
              + event.time()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private void deliverObservations(Event event) {
    for (Reaction reaction : reactions[event.type().index()]) {
      agentView.observeAs(reaction.agent());
      observation.aim(event, reaction.agent(), agentView);
      intents.clear();
      try {
        reaction.rule().observe(observation, collect);
      } catch (RuntimeException e) {
        throw new SimulationException(
            "agent "
                + reaction.agent()
                + " failed observing event #"
                + event.id()
                + " at t="
                + event.time()
                + ": "
                + e.getMessage(),
            e);
      }
      decideAll();
    }
  }

  private void decideAll() {
    // Indexed loop: a decision never adds to the list, and this avoids an iterator per event.
    for (int i = 0; i < intents.size(); i++) {
      decide(intents.get(i), intentCauses[i]);
    }
    intents.clear();
  }

  private void addIntent(Intent intent, long cause) {
    Objects.requireNonNull(intent, "intent");
    int position = intents.size();
    if (position == intentCauses.length) {
      intentCauses = Arrays.copyOf(intentCauses, 2 * position);
    }
    intentCauses[position] = cause;
    intents.add(intent);
  }

  /**
   * Returns whether an event of this run has executed: events execute in (time, id) order, so the
   * ones that executed so far are exactly those not after the current event in that order.
   */
  private boolean hasExecuted(Event event) {
    if (current == null || event.id() < 1 || event.id() >= queue.nextSequence()) {
      return false;
    }
    return event.time() < current.time()
        || (event.time() == current.time() && event.id() <= current.id());
  }

  private void decide(Intent intent, long cause) {
    long now = queue.now();
    OptionalDouble wish = intent.requestedDelay();
    if (wish.isPresent() && delayProblem(wish.getAsDouble()) != null) {
      reject(
          intent,
          cause,
          "invalid requested delay "
              + wish.getAsDouble()
              + " at t="
              + now
              + ": "
              + delayProblem(wish.getAsDouble()));
      return;
    }
    requestedTicks =
        wish.isPresent() ? OptionalLong.of((long) wish.getAsDouble()) : OptionalLong.empty();

    Decision decision;
    try {
      decision = Objects.requireNonNull(latency.decide(intent, context), "no decision returned");
    } catch (RuntimeException e) {
      throw new SimulationException(
          "latency policy failed deciding "
              + intent.type()
              + " from "
              + intent.source()
              + " at t="
              + now
              + ": "
              + e.getMessage(),
          e);
    }
    if (decision instanceof Decision.Rejected rejection) {
      reject(intent, cause, rejection.reason());
      return;
    }
    List<DelayComponent> components = ((Decision.Scheduled) decision).components();
    if (sumExceeds(components, Long.MAX_VALUE - now)) {
      reject(
          intent,
          cause,
          "applied delay " + components + " at t=" + now + " overflows logical time");
      return;
    }
    AppliedDelay delay = new AppliedDelay(requestedTicks, components);
    enqueue(intent.type(), intent.source(), intent.payload(), now + delay.total(), cause, delay);
  }

  private void reject(Intent intent, long cause, String reason) {
    rejected++;
    Rejection rejection = new Rejection(queue.now(), intent, OptionalLong.of(cause), reason);
    for (RunObserver observer : observers) {
      try {
        observer.intentRejected(rejection);
      } catch (RuntimeException e) {
        throw observerFailed(observer, "recording a rejected intent at t=" + rejection.time(), e);
      }
    }
  }

  private Event scheduleAt(
      EventType type, Participant source, Payload payload, long time, OptionalLong requested) {
    long now = queue.now();
    if (time < now) {
      throw new IllegalArgumentException(
          "cannot schedule "
              + type
              + " from "
              + source
              + " at t="
              + time
              + ": it is before the current time t="
              + now);
    }
    AppliedDelay delay = AppliedDelay.of(requested, INITIAL_DELAY_COMPONENT, time - now);
    return enqueue(type, source, payload, time, 0, delay);
  }

  private Event enqueue(
      EventType type,
      Participant source,
      Payload payload,
      long time,
      long cause,
      AppliedDelay delay) {
    if (handlers[type.index()] == null) {
      throw new SimulationException("no effect handler is registered for event type " + type);
    }
    Event event =
        new Event(queue.nextSequence(), time, type, source, payload, cause, queue.now(), delay);
    queue.add(time, event);
    pending.increment(type, source);
    return event;
  }

  private void checkInstant(Event event) {
    if (event.time() != instantTime) {
      instantTime = event.time();
      instantCount = 0;
    }
    if (++instantCount > guards.maxEventsPerInstant()) {
      throw new GuardTrippedException(
          GuardTrippedException.Kind.ZERO_DELAY_LOOP,
          instantTime,
          "zero-delay loop: more than "
              + guards.maxEventsPerInstant()
              + " events executed at t="
              + instantTime
              + " without time advancing; the last "
              + recent.size()
              + " events were "
              + recent.describe());
    }
  }

  private void checkEventLimit() {
    if (executed >= guards.maxEvents()) {
      throw new GuardTrippedException(
          GuardTrippedException.Kind.EVENT_LIMIT,
          queue.now(),
          "event limit reached: "
              + executed
              + " events executed by t="
              + queue.now()
              + " and "
              + queue.size()
              + " still pending; the last "
              + recent.size()
              + " events were "
              + recent.describe());
    }
  }

  private static SimulationException observerFailed(
      RunObserver observer, String moment, RuntimeException e) {
    return new SimulationException(
        "observer " + observer.getClass().getName() + " failed " + moment + ": " + e.getMessage(),
        e);
  }

  /** Returns whether components of at least 0 ticks each sum to more than a limit. */
  private static boolean sumExceeds(List<DelayComponent> components, long limit) {
    // Subtracting from the limit instead of adding up cannot overflow a long.
    long remaining = limit;
    for (DelayComponent component : components) {
      if (component.ticks() > remaining) {
        return true;
      }
      remaining -= component.ticks();
    }
    return false;
  }

  private void checkNotStarted() {
    if (started) {
      throw new IllegalStateException("this simulation has already run; build a new one");
    }
  }

  /** Returns why a delay is invalid, or null when it is a finite whole number of ticks ≥ 0. */
  private static String delayProblem(double ticks) {
    if (Double.isNaN(ticks)) {
      return "a delay must be a number of ticks, not NaN";
    }
    if (Double.isInfinite(ticks)) {
      return "a delay must be finite";
    }
    if (ticks < 0) {
      return "a delay must not be negative";
    }
    if (ticks != Math.rint(ticks) || ticks >= 0x1p63) {
      return "a delay must be a whole number of ticks below 2^63";
    }
    return null;
  }

  /** The context handed to effect handlers and latency policies. */
  private final class EngineContext implements EffectContext, LatencyContext {

    @Override
    public StateStore state() {
      return store;
    }

    @Override
    public StateView view() {
      return fullView;
    }

    @Override
    public long now() {
      return queue.now();
    }

    @Override
    public OptionalLong requestedTicks() {
      return requestedTicks;
    }

    @Override
    public RandomStream random(String purpose) {
      return random.stream(purpose);
    }

    @Override
    public void intend(Intent intent) {
      addIntent(intent, causeId);
    }

    @Override
    public void intend(Intent intent, Event cause) {
      Objects.requireNonNull(intent, "intent");
      Objects.requireNonNull(cause, "cause");
      if (!hasExecuted(cause)) {
        throw new IllegalArgumentException(
            "cannot attribute "
                + intent.type()
                + " from "
                + intent.source()
                + " to event #"
                + cause.id()
                + " at t="
                + cause.time()
                + ": that event has not executed by event #"
                + causeId
                + " at t="
                + queue.now());
      }
      addIntent(intent, cause.id());
    }
  }

  /** The observation handed to each reacting agent, re-aimed before every call. */
  private static final class CurrentObservation implements Observation {

    private Event event;
    private Participant self;
    private StateView state;

    void aim(Event event, Participant self, StateView state) {
      this.event = event;
      this.self = self;
      this.state = state;
    }

    @Override
    public EventType type() {
      return event.type();
    }

    @Override
    public Participant source() {
      return event.source();
    }

    @Override
    public Payload payload() {
      return event.payload();
    }

    @Override
    public Participant self() {
      return self;
    }

    @Override
    public StateView state() {
      return state;
    }
  }

  /** An agent that observes an event type, with its decision rule. */
  private record Reaction(Participant agent, Agent rule) {}

  /**
   * Configures a simulation. The latency policy is required; everything else has a default.
   *
   * <p>Not thread-safe.
   */
  public static final class Builder {

    private final EventCatalog catalog;
    private final Participants participants;
    private final StateStore store;
    private final EffectHandler[] handlers;
    private final Agent[] rules;
    private final List<List<Participant>> reactingAgents = new ArrayList<>();
    private final List<RunObserver> observers = new ArrayList<>();
    private LatencyPolicy latency;
    private Visibility visibility = Visibility.everything();
    private Guards guards = Guards.defaults();
    private long horizon = Long.MAX_VALUE;
    private long seed;
    private String runId = "run";

    private Builder(EventCatalog catalog, Participants participants, StateStore store) {
      this.catalog = catalog;
      this.participants = participants;
      this.store = store;
      this.handlers = new EffectHandler[catalog.size()];
      this.rules = new Agent[participants.agentCount()];
      for (int i = 0; i < catalog.size(); i++) {
        reactingAgents.add(new ArrayList<>());
      }
    }

    /** Sets the id used in log lines. */
    public Builder runId(String id) {
      this.runId = Objects.requireNonNull(id, "id");
      return this;
    }

    /** Sets the run seed from which every random stream derives; default 0. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Sets the last time in ticks at which events execute; default: no horizon. */
    public Builder horizon(long horizonTicks) {
      if (horizonTicks < 0) {
        throw new IllegalArgumentException("horizon must be at least 0 ticks, got " + horizonTicks);
      }
      this.horizon = horizonTicks;
      return this;
    }

    /** Sets the latency policy that decides every intent. */
    public Builder latency(LatencyPolicy policy) {
      this.latency = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** Registers the one effect handler of an event type. */
    public Builder handle(EventType type, EffectHandler handler) {
      checkType(type);
      if (handlers[type.index()] != null) {
        throw new IllegalArgumentException("event type " + type + " already has an effect handler");
      }
      handlers[type.index()] = Objects.requireNonNull(handler, "handler");
      return this;
    }

    /** Registers the decision rule of an agent. */
    public Builder agent(Participant agent, Agent rule) {
      if (!agent.isAgent() || !participants.contains(agent)) {
        throw new IllegalArgumentException(agent + " is not an agent of this simulation");
      }
      if (rules[agent.index()] != null) {
        throw new IllegalArgumentException("agent " + agent + " already has a decision rule");
      }
      rules[agent.index()] = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /**
     * Makes agents observe every event of a type, in the given order, after its effect. Each agent
     * needs a decision rule by the time {@link #build()} is called.
     */
    public Builder react(EventType type, List<Participant> agents) {
      checkType(type);
      List<Participant> reacting = reactingAgents.get(type.index());
      for (Participant agent : agents) {
        if (!agent.isAgent() || !participants.contains(agent)) {
          throw new IllegalArgumentException(agent + " is not an agent of this simulation");
        }
        if (reacting.contains(agent)) {
          throw new IllegalArgumentException(agent + " already reacts to " + type);
        }
        reacting.add(agent);
      }
      return this;
    }

    /** Sets which agents each agent may see; default: everything. */
    public Builder visibility(Visibility visibility) {
      this.visibility = Objects.requireNonNull(visibility, "visibility");
      return this;
    }

    /** Sets the guards; default {@link Guards#defaults()}. */
    public Builder guards(Guards guards) {
      this.guards = Objects.requireNonNull(guards, "guards");
      return this;
    }

    /** Adds an observer; observers are called in the order added. */
    public Builder observer(RunObserver observer) {
      observers.add(Objects.requireNonNull(observer, "observer"));
      return this;
    }

    /**
     * Builds the simulation.
     *
     * @throws IllegalStateException if no latency policy was set or a reacting agent has no rule
     */
    public Simulation build() {
      if (latency == null) {
        throw new IllegalStateException("a simulation needs a latency policy");
      }
      return new Simulation(this);
    }

    private Reaction[][] reactionTable() {
      Reaction[][] table = new Reaction[catalog.size()][];
      for (int type = 0; type < catalog.size(); type++) {
        List<Participant> agents = reactingAgents.get(type);
        table[type] = new Reaction[agents.size()];
        for (int i = 0; i < agents.size(); i++) {
          Participant agent = agents.get(i);
          Agent rule = rules[agent.index()];
          if (rule == null) {
            throw new IllegalStateException(
                "agent "
                    + agent
                    + " reacts to "
                    + catalog.types().get(type)
                    + " but has no decision rule");
          }
          table[type][i] = new Reaction(agent, rule);
        }
      }
      return table;
    }

    private void checkType(EventType type) {
      if (!catalog.contains(type)) {
        throw new IllegalArgumentException("event type " + type + " is not in this catalog");
      }
    }
  }
}
