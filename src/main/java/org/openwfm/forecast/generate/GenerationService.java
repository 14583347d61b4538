package org.openwfm.forecast.generate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.openwfm.client.ChannelProfile;
import org.openwfm.client.ClientDirectory;
import org.openwfm.client.ClientProfile;
import org.openwfm.forecast.ForecastRow;
import org.openwfm.forecast.ForecastService;
import org.openwfm.forecast.ForecastViews.VersionView;
import org.openwfm.forecast.actuals.ActualInterval;
import org.openwfm.forecast.actuals.ActualsService;
import org.openwfm.forecast.generate.GenerationViews.EventApplied;
import org.openwfm.forecast.generate.GenerationViews.GenerateRequest;
import org.openwfm.forecast.generate.GenerationViews.Generation;
import org.openwfm.forecast.generate.GenerationViews.History;
import org.openwfm.forecast.method.Auto;
import org.openwfm.forecast.method.DayGrid;
import org.openwfm.forecast.method.EventUplift;
import org.openwfm.forecast.method.ForecastGenerator;
import org.openwfm.forecast.method.ForecastMethods;
import org.openwfm.forecast.method.Generated;
import org.openwfm.forecast.method.SpecialDays;
import org.openwfm.forecast.method.ThinHistoryException;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.time.Dates;

/**
 * Builds a forecast version from a client channel's actuals: the history before {@code from} on the local clock,
 * excluded and past event days left out, the method asked for (auto by default), events' uplifts on top; then stored
 * like an upload, so staffing, schedules and open seats follow it.
 */
@ApplicationScoped
public class GenerationService {

    /** A year: every weekday of every season once; older history is left out, as it no longer describes demand. */
    static final int HISTORY_WEEKS = 52;

    @Inject
    ClientDirectory clients;

    @Inject
    ActualsService actuals;

    @Inject
    SpecialDayService specialDays;

    @Inject
    ForecastService forecasts;

    @Transactional
    public Generation generate(GenerateRequest request, String generatedBy) {
        String clientId = request.clientId().trim();
        ClientProfile client = clients.require(clientId);
        ChannelProfile channel = clients.requireChannel(clientId, request.channel());
        String method = knownMethod(request.method());
        LocalClock clock = new LocalClock(ZoneId.of(client.timeZone()), channel.intervalMinutes());
        LocalDate from = request.from();
        int days = request.weeks() * 7;
        requireSupported(from, days);
        LocalDate end = from.plusDays(days);

        List<ActualInterval> history = actuals.series(
                clientId, request.channel(), clock.startOfDay(from.minusWeeks(HISTORY_WEEKS)), clock.startOfDay(from));
        if (history.isEmpty()) {
            int needed = ForecastMethods.named(method).minimumHistoryDays();
            throw thin(new ThinHistoryException(method, needed, 0), clientId, request, from);
        }
        LocalDate firstDay = history.stream()
                .map(a -> clock.dateOf(a.start()))
                .min(Comparator.naturalOrder())
                .orElseThrow();
        HistoryGrids grids = HistoryGrids.of(history, clock, firstDay, from);
        List<SpecialDay> marks = specialDays.between(clientId, firstDay, end);
        Set<LocalDate> excluded = dates(marks, SpecialDay.Kind.EXCLUDED, firstDay, from);
        Set<LocalDate> pastEvents = dates(marks, SpecialDay.Kind.EVENT, firstDay, from);
        DayGrid withoutExcluded = SpecialDays.mask(grids.contacts(), excluded);
        Set<LocalDate> leftOut = new TreeSet<>(excluded);
        leftOut.addAll(pastEvents);

        Generated generated;
        try {
            generated = ForecastGenerator.generate(
                    SpecialDays.mask(withoutExcluded, pastEvents),
                    SpecialDays.mask(grids.ahtSeconds(), leftOut),
                    days,
                    method);
        } catch (ThinHistoryException e) {
            throw thin(e, clientId, request, from);
        }
        List<EventApplied> events = new ArrayList<>();
        DayGrid contacts = generated.contacts();
        for (SpecialDay event : marks) {
            if (event.kind == SpecialDay.Kind.EVENT && !event.onDate.isBefore(from)) {
                EventApplied applied = uplift(event, withoutExcluded, marks, from);
                contacts = EventUplift.apply(contacts, event.onDate, applied.uplift());
                events.add(applied);
            }
        }
        List<ForecastRow> rows = GeneratedRows.of(
                clientId, request.channel(), clock, contacts, generated.ahtSeconds(), grids.ahtSeconds());
        VersionView version = store(rows, generatedBy, noteOf(request, generated.method(), firstDay, from), generated);
        return new Generation(
                version,
                generated.method(),
                generated.methodByLeadDay(),
                generated.backTest(),
                generated.backTestSkipped(),
                new History(firstDay, from.minusDays(1), history.size(), List.copyOf(leftOut)),
                events);
    }

    /** The whole forecast within the dates the API stores: a far year is a typing mistake, not a 500 or a 422. */
    private static void requireSupported(LocalDate from, int days) {
        if (!Dates.isSupported(from) || !Dates.isSupported(from.plusDays(days - 1L))) {
            throw ProblemException.invalidField(
                    "from", "the forecast must lie in the years 1970 to 9999; " + from + " does not");
        }
    }

    /**
     * Stores the rows as a version. History passed the same rules, so only an event's uplift can push a row past them
     * (more than a million contacts): that is the request's doing, a 422 naming the row, not a 400 on a field it
     * never sent.
     */
    private VersionView store(List<ForecastRow> rows, String generatedBy, String note, Generated generated) {
        try {
            return forecasts.storeGenerated(rows, generatedBy, note, generated.method());
        } catch (ProblemException e) {
            if (e.problem().status() != 400 || e.problem().errors().isEmpty()) {
                throw e;
            }
            throw ProblemException.unprocessable("The generated forecast breaks the forecast rules, so nothing was"
                    + " stored: " + e.problem().errors().get(0).message() + " (an event's uplift too large?)");
        }
    }

    /** The given uplift, or the mean one of past events of the same name (their days with the event left in). */
    private static EventApplied uplift(SpecialDay event, DayGrid history, List<SpecialDay> marks, LocalDate from) {
        if (event.uplift != null) {
            return new EventApplied(event.onDate, event.name, event.uplift, false);
        }
        List<LocalDate> past = new ArrayList<>();
        Set<LocalDate> otherEvents = new HashSet<>();
        for (SpecialDay m : marks) {
            if (m.kind != SpecialDay.Kind.EVENT || !m.onDate.isBefore(from)) {
                continue;
            }
            if (m.name.equals(event.name)) {
                past.add(m.onDate);
            } else {
                otherEvents.add(m.onDate);
            }
        }
        // Other events' days would lift the baseline an uplift is measured against; this event's days are the sample.
        double learned = EventUplift.learn(SpecialDays.mask(history, otherEvents), past)
                .orElseThrow(() -> ProblemException.unprocessable("The event '" + event.name + "' on " + event.onDate
                        + " has no uplift, and no past '" + event.name
                        + "' day with actuals and a week of history before it to learn one from; give its uplift"));
        return new EventApplied(event.onDate, event.name, learned, true);
    }

    private static Set<LocalDate> dates(List<SpecialDay> marks, SpecialDay.Kind kind, LocalDate from, LocalDate to) {
        return marks.stream()
                .filter(m -> m.kind == kind && !m.onDate.isBefore(from) && m.onDate.isBefore(to))
                .map(m -> m.onDate)
                .collect(Collectors.toSet());
    }

    /** Auto when none is asked for; a known name as given; anything else a 400 listing the names. */
    private static String knownMethod(String method) {
        if (method == null || method.isBlank()) {
            return Auto.NAME;
        }
        try {
            return ForecastMethods.named(method.trim()).name();
        } catch (ForecastMethods.UnknownMethodException e) {
            throw ProblemException.invalidField("method", e.getMessage());
        }
    }

    private static ProblemException thin(
            ThinHistoryException e, String clientId, GenerateRequest request, LocalDate from) {
        return ProblemException.unprocessable(e.method() + " needs at least " + e.neededDays()
                + " days of actuals for " + clientId + " " + request.channel() + " before " + from + "; there are "
                + e.haveDays() + ". Upload more actuals, or choose a method that needs less history");
    }

    private static String noteOf(GenerateRequest request, String method, LocalDate firstDay, LocalDate from) {
        if (request.note() != null && !request.note().isBlank()) {
            return request.note().trim();
        }
        return "generated by " + method + " from actuals " + firstDay + " to " + from.minusDays(1);
    }
}
