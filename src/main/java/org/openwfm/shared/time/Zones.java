package org.openwfm.shared.time;

import java.time.DateTimeException;
import java.time.ZoneId;

/** IANA zone ids, which carry the DST rules; fixed offsets like "+02:00" are refused. */
public final class Zones {

    private Zones() {}

    public static boolean isRegionId(String text) {
        if (text == null || !text.contains("/")) {
            return "UTC".equals(text);
        }
        try {
            ZoneId.of(text);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
