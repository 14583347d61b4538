/** Announcements stored with the change they announce and streamed to listeners as server-sent events. */
package org.openwfm.events;
