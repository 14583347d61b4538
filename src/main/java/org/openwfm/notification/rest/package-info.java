/** The notification endpoints: an agent's preferences and inbox. */
package org.openwfm.notification.rest;
