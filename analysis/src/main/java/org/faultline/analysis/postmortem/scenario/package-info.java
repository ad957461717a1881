/**
 * Tolerant reading of a run's {@code scenario.yaml} into the outline the post-mortem uses: services
 * with capacity and dependencies, stressors, policy offices and the event types agents react to.
 * Keys it does not know are ignored and a malformed part is only noted, because the file may come
 * from another version of Faultline. Depends on Jackson's YAML tree only, never on the scenario
 * loader, which checks scenario files strictly before a run.
 */
package org.faultline.analysis.postmortem.scenario;
