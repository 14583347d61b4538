/** HTTP endpoints of the calendar feed: the feed itself, and the agent's link to it. */
package org.openwfm.calendar.rest;
