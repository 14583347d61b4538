/** The shift-trade endpoints: thin, over the trade service. */
package org.openwfm.selfservice.trade.rest;
