package org.faultline.cli.record;

import java.io.PrintWriter;
import java.util.List;
import org.faultline.engine.event.Event;
import org.faultline.engine.event.Participant;
import org.faultline.engine.observe.RunObserver;
import org.faultline.engine.state.LabelColumn;
import org.faultline.engine.state.NumericColumn;
import org.faultline.engine.state.StateView;
import org.faultline.trace.Numbers;

/**
 * Prints the console trace: for each executed event a line with its time, type, source and id, then
 * one indented line per agent in registration order with every state column that applies to it
 * (columns that are NaN for an agent are left out).
 *
 * <p>Not thread-safe; it runs on the simulation thread.
 */
public final class ConsoleTrace implements RunObserver {

  private final PrintWriter out;
  private final int idWidth;

  /**
   * Creates the printer.
   *
   * @param out where the trace goes, normally stdout
   * @param agents the agents, to align their ids
   */
  public ConsoleTrace(PrintWriter out, List<Participant> agents) {
    this.out = out;
    int width = 0;
    for (Participant agent : agents) {
      width = Math.max(width, agent.id().codePointCount(0, agent.id().length()));
    }
    this.idWidth = width;
  }

  @Override
  public void eventExecuted(Event event, StateView state) {
    StringBuilder line = new StringBuilder();
    line.append("t=")
        .append(event.time())
        .append(' ')
        .append(event.type().name())
        .append(" from ")
        .append(event.source().id())
        .append(" (#")
        .append(event.id())
        .append(')');
    out.println(line);
    for (Participant agent : state.agents()) {
      out.println(agentLine(agent, state));
    }
  }

  private String agentLine(Participant agent, StateView state) {
    StringBuilder line = new StringBuilder("  ").append(agent.id());
    int padding = idWidth - agent.id().codePointCount(0, agent.id().length());
    line.append(" ".repeat(padding));
    for (NumericColumn column : state.numericColumns()) {
      double value = state.get(column, agent);
      if (!Double.isNaN(value)) {
        line.append("  ").append(column.name()).append('=').append(Numbers.format(value));
      }
    }
    for (LabelColumn column : state.labelColumns()) {
      line.append("  ")
          .append(column.name())
          .append('=')
          .append(column.labels().get(state.label(column, agent)));
    }
    return line.toString();
  }
}
