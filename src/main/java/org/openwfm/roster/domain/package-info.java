/** Timefold's planning model: the solution, its planning entities and the values they choose from. */
package org.openwfm.roster.domain;
