package org.openwfm.accuracy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openwfm.accuracy.AccuracyViews.Accuracy;
import org.openwfm.accuracy.AccuracyViews.ComparedInterval;
import org.openwfm.accuracy.AccuracyViews.DayScores;
import org.openwfm.accuracy.AccuracyViews.Scores;
import org.openwfm.client.Channel;
import org.openwfm.client.ClientDirectory;
import org.openwfm.forecast.ForecastService;
import org.openwfm.forecast.ForecastViews.Curve;
import org.openwfm.forecast.ForecastViews.CurveInterval;
import org.openwfm.forecast.actuals.ActualInterval;
import org.openwfm.forecast.actuals.ActualsService;
import org.openwfm.staffing.StaffingService;

/** Compares a forecast with what happened, interval by interval, and sums the errors per local day and overall. */
@ApplicationScoped
public class AccuracyService {

    /** Weeks before the span whose week-on-week changes scale MASE: long enough to be stable, recent enough to fit. */
    static final int NAIVE_SCALE_WEEKS = 4;

    @Inject
    ForecastService forecasts;

    @Inject
    ActualsService actuals;

    @Inject
    StaffingService staffing;

    @Inject
    ClientDirectory clients;

    @Transactional
    public Accuracy accuracy(String clientId, Channel channel, Instant from, Instant to, Long forecastId) {
        Curve curve = forecastId == null
                ? forecasts.curveInEffect(clientId, channel, from, to)
                : forecasts.versionCurve(forecastId, clientId, channel, from, to);
        ZoneId zone = ZoneId.of(clients.get(clientId).timeZone());
        Map<Instant, CurveInterval> forecast =
                curve.intervals().stream().collect(Collectors.toMap(CurveInterval::start, Function.identity()));
        List<ActualInterval> happened = actuals.series(clientId, channel, from, to);
        List<ActualInterval> compared =
                happened.stream().filter(a -> forecast.containsKey(a.start())).toList();
        List<Instant> starts = compared.stream().map(ActualInterval::start).toList();
        Map<Instant, Integer> fromForecast = staffing.agentsRequired(clientId, channel, starts, forecast);
        Map<Instant, Integer> fromActuals = staffing.agentsRequired(clientId, channel, starts, asDemand(compared));
        NaiveScale scale = NaiveScale.of(
                actuals.series(clientId, channel, weeksBefore(from, NAIVE_SCALE_WEEKS + 1, zone), from),
                zone,
                weeksBefore(from, NAIVE_SCALE_WEEKS, zone));

        Sums overall = new Sums();
        Map<LocalDate, Sums> byDay = new TreeMap<>();
        List<ComparedInterval> intervals = new ArrayList<>(compared.size());
        for (ActualInterval actual : compared) {
            CurveInterval predicted = forecast.get(actual.start());
            ComparedInterval interval = new ComparedInterval(
                    actual.start(),
                    actual.contacts(),
                    predicted.contacts(),
                    actual.ahtSeconds(),
                    predicted.ahtSeconds(),
                    predicted.forecastId(),
                    fromForecast.get(actual.start()),
                    fromActuals.get(actual.start()));
            overall.add(interval);
            byDay.computeIfAbsent(actual.start().atZone(zone).toLocalDate(), d -> new Sums())
                    .add(interval);
            intervals.add(interval);
        }
        List<DayScores> days = byDay.entrySet().stream()
                .map(e -> new DayScores(e.getKey(), e.getValue().scores(scale)))
                .toList();
        return new Accuracy(
                clientId,
                channel,
                from,
                to,
                forecastId,
                overall.scores(scale),
                happened.size() - compared.size(),
                days,
                intervals);
    }

    /** What happened, as the demand the staffing engine reads; a quiet interval's missing handle time is moot. */
    private static Map<Instant, CurveInterval> asDemand(List<ActualInterval> happened) {
        Map<Instant, CurveInterval> demand = new HashMap<>();
        for (ActualInterval a : happened) {
            demand.put(
                    a.start(),
                    new CurveInterval(a.start(), a.contacts(), a.ahtSeconds() == null ? 1 : a.ahtSeconds(), 0));
        }
        return demand;
    }

    private static Instant weeksBefore(Instant instant, int weeks, ZoneId zone) {
        return instant.atZone(zone).minusWeeks(weeks).toInstant();
    }

    /** The three sums of one group of intervals. */
    private static final class Sums {
        final ErrorSums contacts = new ErrorSums();
        final ErrorSums handleTime = new ErrorSums();
        final StaffingErrorSums staffing = new StaffingErrorSums();

        void add(ComparedInterval interval) {
            contacts.add(interval.actualContacts(), interval.forecastContacts());
            if (interval.actualAhtSeconds() != null && interval.actualContacts() > 0) {
                handleTime.add(interval.actualAhtSeconds(), interval.forecastAhtSeconds());
            }
            staffing.add(interval.agentsFromForecast(), interval.agentsFromActuals());
        }

        Scores scores(NaiveScale scale) {
            return new Scores(contacts.score(scale.contacts()), handleTime.score(scale.handleTime()), staffing.score());
        }
    }
}
