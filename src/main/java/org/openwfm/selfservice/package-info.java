/**
 * Agents running their week: open slots released from published schedules or opened for demand, claims and releases
 * under named rules, with no double booking, and the audit of every attempt.
 */
package org.openwfm.selfservice;
