package org.openwfm.sampledata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.openwfm.forecast.actuals.ActualsService;
import org.openwfm.forecast.generate.SpecialDayService;
import org.openwfm.forecast.generate.SpecialDayViews.MarkRequest;

/**
 * The demo's past: the actuals of the weeks before the current one and of the current week so far, and the special
 * days that explain them, so that a forecaster can generate the coming week from history and see an event's uplift
 * learned from its past days. Runs inside the loader's transaction.
 */
@ApplicationScoped
class DemoHistory {

    @Inject
    ActualsService actuals;

    @Inject
    SpecialDayService specialDays;

    @Inject
    Clock clock;

    /**
     * @param actualsCsv the sample's actuals, written for the sample's own weeks
     * @param marks the sample's special days, on the sample's own dates
     * @return how many intervals of actuals were stored: only those that have begun by the service's clock, since
     *     the future has no actuals
     */
    int load(DemoWeeks weeks, String actualsCsv, List<MarkRequest> marks) {
        String happened = weeks.movedCsvBegunBy(actualsCsv, clock.instant());
        int rows = (int) happened.lines().count() - 1;
        if (rows > 0) { // a demo pinned to weeks to come has no past yet
            actuals.uploadCsv(
                    happened,
                    SampleDataLoader.LOADED_BY,
                    "Demo: the eight weeks before the current one and the current week so far");
        }
        for (MarkRequest mark : marks) {
            specialDays.mark(
                    new MarkRequest(
                            mark.clientId(),
                            weeks.moved(mark.clientId(), mark.date()),
                            mark.kind(),
                            mark.name(),
                            mark.uplift(),
                            mark.note()),
                    SampleDataLoader.LOADED_BY);
        }
        return rows;
    }
}
