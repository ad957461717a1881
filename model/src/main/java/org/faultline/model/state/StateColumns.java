package org.faultline.model.state;

import org.faultline.engine.state.LabelColumn;
import org.faultline.engine.state.NumericColumn;

/**
 * The handles of the model's state columns: what decision rules need to read a state view,
 * without access to the store itself.
 *
 * @param stress dimensionless stress, 0 when unstressed
 * @param resource operational resources in resource units; a policy office's budget
 * @param load current load in load units; services only
 * @param capacity effective capacity in load units; services only
 * @param status active, degraded or failed
 */
public record StateColumns(
    NumericColumn stress,
    NumericColumn resource,
    NumericColumn load,
    NumericColumn capacity,
    LabelColumn status) {}
