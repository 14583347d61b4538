/** The requests and views the shift-trade API speaks, so the trade service never depends on its resource. */
package org.openwfm.selfservice.trade.api;
