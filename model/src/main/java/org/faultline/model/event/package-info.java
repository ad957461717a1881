/**
 * The infrastructure model's event types and payload field names. Depends on {@code engine.event}.
 */
package org.faultline.model.event;
