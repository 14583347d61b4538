package org.openwfm.shared.time;

import java.time.Instant;
import java.util.Set;

/** The planning grain: every interval start lies on a multiple of it, counted in UTC. */
public final class Grain {

    public static final int DEFAULT_MINUTES = 30;
    public static final Set<Integer> ALLOWED_MINUTES = Set.of(15, 30);

    private Grain() {}

    public static boolean isOnGrain(Instant instant, int grainMinutes) {
        return instant.getNano() == 0 && Math.floorMod(instant.getEpochSecond(), grainMinutes * 60L) == 0;
    }
}
