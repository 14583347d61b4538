package org.openwfm.forecast;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openwfm.client.Channel;
import org.openwfm.client.ClientDirectory;
import org.openwfm.client.ClientProfile;
import org.openwfm.forecast.ForecastViews.Curve;
import org.openwfm.forecast.ForecastViews.CurveInterval;
import org.openwfm.forecast.ForecastViews.Series;
import org.openwfm.forecast.ForecastViews.VersionView;
import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.error.Violation;
import org.openwfm.shared.paging.Page;
import org.openwfm.shared.paging.PageRequest;

@ApplicationScoped
public class ForecastService {

    @Inject
    ClientDirectory clients;

    @Inject
    ForecastStore store;

    @Inject
    Clock clock;

    @Inject
    OpenWfmConfig config;

    @Inject
    Event<ForecastRevised> revised;

    /** Reads and stores a CSV upload; see {@link #upload}. */
    @Transactional
    public VersionView uploadCsv(String text, String uploadedBy, String note) {
        return upload(ForecastCsv.parse(text), uploadedBy, note, null);
    }

    /**
     * Stores a version built from history by {@code method}, through the same rules and revision event as an upload,
     * in the caller's transaction.
     */
    @Transactional
    public VersionView storeGenerated(List<ForecastRow> rows, String generatedBy, String note, String method) {
        List<ForecastCandidate> candidates = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ForecastRow row = rows.get(i);
            candidates.add(new ForecastCandidate(
                    RowLocator.jsonInterval(i),
                    row.clientId(),
                    row.channel(),
                    row.intervalStart(),
                    row.contacts(),
                    row.ahtSeconds()));
        }
        return upload(new ForecastCsv.Parsed(candidates, List.of()), generatedBy, note, method);
    }

    /**
     * Stores a new version when every row is good, and nothing at all otherwise: the answer then lists
     * every problem found, reading errors and rule breaks together, in file order.
     */
    @Transactional
    VersionView upload(ForecastCsv.Parsed parsed, String uploadedBy, String note, String method) {
        UploadRefusal.requireAtMostRows(
                parsed.candidates().size(), config.forecast().maxRows());
        Map<String, ClientProfile> known =
                clients.all().stream().collect(Collectors.toMap(c -> c.id(), Function.identity()));
        List<Violation> errors = new ArrayList<>(parsed.errors());
        ForecastValidation.check(parsed.candidates(), known, errors);
        if (!errors.isEmpty()) {
            throw UploadRefusal.of(errors, "invalid-forecast", "Forecast refused");
        }
        List<ForecastRow> rows =
                parsed.candidates().stream().map(ForecastCandidate::toRow).toList();
        ForecastVersion version = new ForecastVersion();
        version.uploadedAt = clock.instant();
        version.uploadedBy = uploadedBy;
        version.note = note;
        version.method = method;
        version.rowCount = rows.size();
        version.spanStart = rows.stream()
                .map(ForecastRow::intervalStart)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        List<ForecastRevised.RevisedWindow> windows = windows(rows, known);
        version.spanEnd = windows.stream()
                .map(ForecastRevised.RevisedWindow::to)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        Panache.getEntityManager().persist(version);
        Panache.getEntityManager().flush();
        store.insertRows(version.id, rows);
        revised.fire(new ForecastRevised(version.id, windows));
        return view(version, series(rows));
    }

    @Transactional
    public Curve effectiveCurve(String clientId, Channel channel, Instant from, Instant to) {
        clients.requireChannel(clientId, channel);
        return curve(clientId, channel, from, to, store.effectiveCurve(clientId, channel, from, to));
    }

    /** For each interval, the newest version stored before the interval began. */
    @Transactional
    public Curve curveInEffect(String clientId, Channel channel, Instant from, Instant to) {
        clients.requireChannel(clientId, channel);
        return curve(clientId, channel, from, to, store.curveInEffect(clientId, channel, from, to));
    }

    @Transactional
    public Curve versionCurve(long forecastId, String clientId, Channel channel, Instant from, Instant to) {
        clients.requireChannel(clientId, channel);
        if (Panache.getEntityManager().find(ForecastVersion.class, forecastId) == null) {
            throw ProblemException.notFound("Forecast", String.valueOf(forecastId));
        }
        return curve(clientId, channel, from, to, store.versionCurve(forecastId, clientId, channel, from, to));
    }

    /** Newest first. */
    @Transactional
    public Page<VersionView> listVersions(PageRequest page) {
        var em = Panache.getEntityManager();
        List<VersionView> versions = em
                .createQuery("from ForecastVersion order by id desc", ForecastVersion.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList()
                .stream()
                .map(v -> view(v, null))
                .toList();
        long total = em.createQuery("select count(v) from ForecastVersion v", Long.class)
                .getSingleResult();
        return new Page<>(versions, total, page);
    }

    @Transactional
    public VersionView findVersion(long id) {
        ForecastVersion version = Panache.getEntityManager().find(ForecastVersion.class, id);
        if (version == null) {
            throw ProblemException.notFound("Forecast", String.valueOf(id));
        }
        List<Object[]> counts = Panache.getEntityManager()
                .createNativeQuery("select client_id, channel, count(*) from forecast_interval where forecast_id = ?1 "
                        + "group by client_id, channel order by client_id, channel")
                .setParameter(1, id)
                .getResultList();
        List<Series> series = counts.stream()
                .map(r -> new Series((String) r[0], Channel.valueOf((String) r[1]), ((Number) r[2]).intValue()))
                .toList();
        return view(version, series);
    }

    private static Curve curve(
            String clientId, Channel channel, Instant from, Instant to, List<ForecastStore.StoredInterval> rows) {
        return new Curve(
                clientId,
                channel,
                from,
                to,
                rows.stream()
                        .map(r -> new CurveInterval(r.start(), r.contacts(), r.ahtSeconds(), r.forecastId()))
                        .toList());
    }

    /** Per client channel, from the first row's start to the last row's end. */
    private static List<ForecastRevised.RevisedWindow> windows(
            List<ForecastRow> rows, Map<String, ClientProfile> known) {
        Map<String, ForecastRevised.RevisedWindow> spans = new TreeMap<>();
        for (ForecastRow row : rows) {
            Instant end = row.intervalStart()
                    .plusSeconds(60L
                            * known.get(row.clientId())
                                    .channel(row.channel())
                                    .orElseThrow()
                                    .intervalMinutes());
            spans.merge(
                    row.clientId() + " " + row.channel(),
                    new ForecastRevised.RevisedWindow(row.clientId(), row.channel(), row.intervalStart(), end),
                    (a, b) -> new ForecastRevised.RevisedWindow(
                            a.clientId(),
                            a.channel(),
                            a.from().isBefore(b.from()) ? a.from() : b.from(),
                            a.to().isAfter(b.to()) ? a.to() : b.to()));
        }
        return List.copyOf(spans.values());
    }

    private static List<Series> series(List<ForecastRow> rows) {
        Map<String, Integer> counts = new TreeMap<>();
        rows.forEach(r -> counts.merge(r.clientId() + " " + r.channel(), 1, Integer::sum));
        return counts.entrySet().stream()
                .map(e -> {
                    String[] key = e.getKey().split(" ");
                    return new Series(key[0], Channel.valueOf(key[1]), e.getValue());
                })
                .toList();
    }

    private static VersionView view(ForecastVersion v, List<Series> series) {
        return new VersionView(
                v.id, v.uploadedAt, v.uploadedBy, v.note, v.method, v.spanStart, v.spanEnd, v.rowCount, series);
    }
}
