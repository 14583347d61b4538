/** Places breaks and meals inside shifts on a 15-minute grid, where they cost coverage least. */
package org.openwfm.roster.breaks;
