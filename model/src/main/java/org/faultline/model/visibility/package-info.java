/**
 * Partial information: which agents' state each agent may read, as the engine's {@link
 * org.faultline.engine.run.Visibility} enforces it. Depends on the engine's event and run types
 * only.
 */
package org.faultline.model.visibility;
