package org.openwfm.selfservice;

import java.time.Instant;
import org.openwfm.client.ChannelKey;

/**
 * Seats became open on a client channel somewhere in [from, to): a planner opened them, an agent released hours, a
 * publish left demand uncovered, or a revision of the requirement raised it. Fired inside the transaction that opened
 * them; observers that act on it outside (notifications) observe it after success, so a rolled-back change tells
 * nobody. Which of the seats an agent may claim is for {@link AgentSlots} to say.
 */
public record SeatsOpened(ChannelKey channel, Instant from, Instant to) {}
