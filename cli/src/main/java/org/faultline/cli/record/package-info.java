/**
 * Observers that record a run: the console trace and the adapter that writes the run directory's
 * event log and metrics through the trace module. The only place where engine events meet the trace
 * format.
 */
package org.faultline.cli.record;
