package org.openwfm.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;
import java.util.function.ToIntFunction;
import org.openwfm.workforce.AgentProfile;

/**
 * Telling many agents: {@value #SIZE} at a time, each batch in a transaction of its own, so a thousand agents never
 * make one long transaction (nor one that outruns the transaction timeout).
 */
final class AgentChunks {

    static final int SIZE = 100;

    private AgentChunks() {}

    /** @return the sum of what {@code tell} answers for each chunk: how many agents were told */
    static int tell(List<AgentProfile> agents, ToIntFunction<List<AgentProfile>> tell) {
        int told = 0;
        for (int i = 0; i < agents.size(); i += SIZE) {
            List<AgentProfile> chunk = agents.subList(i, Math.min(agents.size(), i + SIZE));
            told += QuarkusTransaction.requiringNew().call(() -> tell.applyAsInt(chunk));
        }
        return told;
    }
}
