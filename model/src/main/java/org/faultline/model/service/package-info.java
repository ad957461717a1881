/**
 * The decision rule of public services. Like every agent, it depends only on the engine's agent,
 * event and read-only state types and on the model's event and column definitions.
 */
package org.faultline.model.service;
