/**
 * The optimization alone: a week's rostering problem built from requirements and agents ({@code problem}),
 * Timefold's planning model ({@code domain}), the constraints ({@code solver}), the custom moves and dynamic
 * programs that search ({@code solver.move}), the KPIs and explanation of a result ({@code evaluation}) and break
 * placement ({@code breaks}). It keeps no state and knows nothing of jobs, publishing or self-scheduling.
 */
package org.openwfm.roster;
