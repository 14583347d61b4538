/**
 * Planners' adjustments of a client channel's requirement: versioned, withdrawn rather than deleted, and read by
 * {@code StaffingService} through the {@code RequirementAdjustments} port this package implements.
 */
package org.openwfm.staffing.adjustment;
