/**
 * The client companies the center serves: their channels, opening hours and coverage targets. Owns {@link
 * org.openwfm.client.ChannelKey}, the client-channel identity every later stage plans by.
 */
package org.openwfm.client;
