package org.openwfm.forecast.actuals;

import org.openwfm.client.Channel;

/** One interval to store, with the client channel it belongs to. */
record ActualRow(String clientId, Channel channel, ActualInterval interval) {}
