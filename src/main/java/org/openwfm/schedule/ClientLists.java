package org.openwfm.schedule;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which clients a schedule plans, as a list where empty means every client. */
final class ClientLists {

    private ClientLists() {}

    /** Whether {@code outer} includes all of {@code inner}. */
    static boolean covers(List<String> outer, List<String> inner) {
        return outer.isEmpty() || (!inner.isEmpty() && outer.containsAll(inner));
    }

    static boolean overlap(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return !common.isEmpty();
    }
}
