package org.faultline.scenario.load;

/**
 * A scenario shipped with Faultline.
 *
 * @param name the name {@code faultline run NAME} accepts
 * @param summary the first sentence of its description
 */
public record BuiltInScenario(String name, String summary) {}
