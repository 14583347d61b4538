/**
 * Shift trades between agents: an agent offers hours of its published shift, a certified colleague takes them (or
 * swaps its own for them), under the claim and release rules of both agents, in one transaction that moves shifts and
 * no seat. A channel may ask a planner to approve each trade first.
 */
package org.openwfm.selfservice.trade;
