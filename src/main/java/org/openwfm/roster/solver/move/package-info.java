/**
 * Search machinery: custom moves that re-roster an agent's week or a group's week by dynamic programming over the
 * shift options, and the coverage ledger they score with.
 */
package org.openwfm.roster.solver.move;
