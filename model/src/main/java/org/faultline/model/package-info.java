/**
 * The infrastructure domain on top of the engine: services, citizen populations, policy offices and
 * stressors, their event types, effect handlers and decision rules, configured by plain records.
 * Depends on the engine only.
 */
package org.faultline.model;
