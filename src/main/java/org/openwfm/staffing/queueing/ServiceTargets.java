package org.openwfm.staffing.queueing;

/**
 * The coverage rules of one client channel, as the staffing math needs them.
 *
 * @param mode            how contacts are served: a queue (voice, video, chat) or deferrable work (email)
 * @param maxOccupancy    in (0, 1]; 1 means no cap
 * @param shrinkage       in [0, 1): share of paid time not on contacts (breaks, training, absence)
 * @param minAgents       agents to staff whenever the channel is open, whatever the volume
 * @param concurrency     contacts one agent works at once (chat); 1 for voice
 * @param patienceSeconds mean customer patience for Erlang A, or null for Erlang C
 * @param maxAbandonRate  highest acceptable share of abandoned contacts (Erlang A only), or null
 */
public record ServiceTargets(
        Mode mode,
        double serviceLevelTarget,
        double answerWithinSeconds,
        double maxOccupancy,
        double shrinkage,
        int minAgents,
        int concurrency,
        Double patienceSeconds,
        Double maxAbandonRate) {

    public enum Mode {
        QUEUE,
        WORKLOAD
    }
}
