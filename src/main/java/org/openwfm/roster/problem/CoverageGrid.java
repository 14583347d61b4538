package org.openwfm.roster.problem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.CoverageSlot;
import org.openwfm.staffing.IntervalStaffing;
import org.openwfm.staffing.WeekStaffing;

/**
 * The horizon spanning every planned channel's week, and a coverage slot per channel and interval of it.
 *
 * @param slotsByChannel per channel, its slots by planning interval (null where its week has none)
 * @param slots every slot, channel by channel in the staffing's order
 */
record CoverageGrid(Horizon horizon, Map<ChannelKey, CoverageSlot[]> slotsByChannel, List<CoverageSlot> slots) {

    static CoverageGrid of(Map<ChannelKey, WeekStaffing> staffing, int grain) {
        Instant horizonStart = staffing.values().stream()
                .map(w -> w.intervals().get(0).start())
                .min(Comparator.naturalOrder())
                .orElseThrow();
        Instant horizonEnd = staffing.values().stream()
                .map(w -> w.intervals().get(w.intervals().size() - 1).end())
                .max(Comparator.naturalOrder())
                .orElseThrow();
        Horizon horizon = new Horizon(horizonStart, horizonEnd, grain);

        Map<ChannelKey, CoverageSlot[]> slotsByChannel = new HashMap<>();
        List<CoverageSlot> slots = new ArrayList<>();
        staffing.forEach((key, week) -> {
            CoverageSlot[] byIndex = new CoverageSlot[horizon.intervals()];
            for (IntervalStaffing interval : week.intervals()) {
                int index = horizon.indexOf(interval.start());
                CoverageSlot slot = new CoverageSlot(
                        key,
                        index,
                        grain,
                        interval.open(),
                        interval.requirement().agentsWithShrinkage(),
                        interval.contacts() == null ? 0 : interval.contacts(),
                        interval.ahtSeconds() == null ? 0 : interval.ahtSeconds());
                byIndex[index] = slot;
                slots.add(slot);
            }
            slotsByChannel.put(key, byIndex);
        });
        return new CoverageGrid(horizon, slotsByChannel, slots);
    }
}
