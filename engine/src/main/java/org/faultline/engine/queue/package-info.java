/**
 * The pending-event queue and logical time: events ordered by (time, sequence number assigned when
 * scheduled). Depends on the JDK only; it knows nothing of event types, agents or state.
 */
package org.faultline.engine.queue;
