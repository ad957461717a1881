package org.faultline.engine.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The agents and external sources of one simulation, each in registration order. Agent order is the
 * order of rows in the state store, of observation delivery and of every per-agent output.
 *
 * <p>Not thread-safe while participants are being registered.
 */
public final class Participants {

  private final List<Participant> agents = new ArrayList<>();
  private final List<Participant> externals = new ArrayList<>();

  /**
   * Registers an agent.
   *
   * @param id the agent's id in outputs; non-blank and unique among all participants
   * @return the agent, whose index is the number of agents registered before it
   */
  public Participant addAgent(String id) {
    checkNew(id);
    Participant agent = new Participant(id, agents.size(), true);
    agents.add(agent);
    return agent;
  }

  /**
   * Registers an external source of events, such as a stressor.
   *
   * @param id the source's id in outputs; non-blank and unique among all participants
   * @return the source
   */
  public Participant addExternal(String id) {
    checkNew(id);
    Participant external = new Participant(id, externals.size(), false);
    externals.add(external);
    return external;
  }

  /** Returns the participant with the given id, agent or external. */
  public Optional<Participant> find(String id) {
    for (Participant agent : agents) {
      if (agent.id().equals(id)) {
        return Optional.of(agent);
      }
    }
    for (Participant external : externals) {
      if (external.id().equals(id)) {
        return Optional.of(external);
      }
    }
    return Optional.empty();
  }

  /** Returns the agents in registration order. */
  public List<Participant> agents() {
    return Collections.unmodifiableList(agents);
  }

  /** Returns the external sources in registration order. */
  public List<Participant> externals() {
    return Collections.unmodifiableList(externals);
  }

  /** Returns the agent at the given index. */
  public Participant agent(int index) {
    return agents.get(index);
  }

  /** Returns the number of agents. */
  public int agentCount() {
    return agents.size();
  }

  /** Returns whether the participant was registered here. */
  public boolean contains(Participant participant) {
    List<Participant> kind = participant.isAgent() ? agents : externals;
    return participant.index() < kind.size() && kind.get(participant.index()) == participant;
  }

  private void checkNew(String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a participant needs a non-blank id");
    }
    if (find(id).isPresent()) {
      throw new IllegalArgumentException("participant " + id + " is already registered");
    }
  }
}
