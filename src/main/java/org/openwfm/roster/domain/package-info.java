/**
 * Timefold's planning model (the solution, its planning entities and the values they choose from) and the scheduled
 * shift and the placed session (meeting, coaching, training) a solved schedule holds.
 */
package org.openwfm.roster.domain;
