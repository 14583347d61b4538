/**
 * Notifications each agent chooses: its preferences, an in-app inbox pushed on the event stream to that agent
 * alone, and e-mail digests through the operator's SMTP server. It observes other features' CDI events (seats
 * opened, schedules published) and reads their ports; nothing depends on it.
 */
package org.openwfm.notification;
