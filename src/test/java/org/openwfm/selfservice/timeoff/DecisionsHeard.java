package org.openwfm.selfservice.timeoff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Listens for time-off decisions as a notification feature would, so tests can see what was fired. */
@ApplicationScoped
public class DecisionsHeard {

    private final List<TimeOffDecided> heard = new CopyOnWriteArrayList<>();

    void on(@Observes TimeOffDecided decided) {
        heard.add(decided);
    }

    /** The decisions on one request, in the order fired. */
    public List<TimeOffDecided> of(long requestId) {
        return heard.stream().filter(d -> d.requestId() == requestId).toList();
    }
}
