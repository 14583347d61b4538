/**
 * Timefold's planning model (the solution, its planning entities and the values they choose from) and the scheduled
 * shift a solved assignment becomes.
 */
package org.openwfm.roster.domain;
