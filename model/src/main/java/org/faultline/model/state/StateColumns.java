package org.faultline.model.state;

import java.util.Map;
import org.faultline.engine.state.LabelColumn;
import org.faultline.engine.state.NumericColumn;

/**
 * The handles of the model's state columns: what decision rules need to read a state view, without
 * access to the store itself.
 *
 * @param stress dimensionless stress, 0 when unstressed
 * @param resource operational resources in resource units; a policy office's budget
 * @param load current load in load units; services only
 * @param capacity effective capacity in load units; services only
 * @param status active, degraded or failed
 * @param inoperability q, the fraction of capacity lost through dependency coupling; services only,
 *     NaN unless dependency coupling is on
 * @param perturbation c*, the direct perturbation of inoperability by stressors; services only, NaN
 *     unless dependency coupling is on
 * @param backlog load left unserved by the last service step, in load units; services only, NaN
 *     unless backlog is on
 * @param reportedStress for each service that reports to some policy office, by id in declaration
 *     order, the column in which each office keeps the stress last reported to it
 */
public record StateColumns(
    NumericColumn stress,
    NumericColumn resource,
    NumericColumn load,
    NumericColumn capacity,
    LabelColumn status,
    NumericColumn inoperability,
    NumericColumn perturbation,
    NumericColumn backlog,
    Map<String, NumericColumn> reportedStress) {}
