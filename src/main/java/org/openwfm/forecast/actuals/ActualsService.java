package org.openwfm.forecast.actuals;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openwfm.client.Channel;
import org.openwfm.client.ClientDirectory;
import org.openwfm.client.ClientProfile;
import org.openwfm.forecast.UploadCsv;
import org.openwfm.forecast.UploadRefusal;
import org.openwfm.forecast.actuals.ActualsViews.Series;
import org.openwfm.forecast.actuals.ActualsViews.StoredInterval;
import org.openwfm.forecast.actuals.ActualsViews.UploadView;
import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.error.Violation;
import org.openwfm.shared.paging.Page;
import org.openwfm.shared.paging.PageRequest;

/** Actuals in and out: uploads that replace what they cover, and the series other features read. */
@ApplicationScoped
public class ActualsService {

    @Inject
    ClientDirectory clients;

    @Inject
    ActualsStore store;

    @Inject
    Clock clock;

    @Inject
    OpenWfmConfig config;

    /**
     * What happened in each stored interval of a client channel in [from, to), in interval order; intervals
     * nobody uploaded are absent. Any span: the span limit is the endpoint's, not this reader's.
     */
    @Transactional
    public List<ActualInterval> series(String clientId, Channel channel, Instant from, Instant to) {
        return stored(clientId, channel, from, to).intervals().stream()
                .map(StoredInterval::interval)
                .toList();
    }

    /** As {@link #series}, each interval with the upload that wrote it. */
    @Transactional
    public Series stored(String clientId, Channel channel, Instant from, Instant to) {
        clients.requireChannel(clientId, channel);
        return new Series(clientId, channel, from, to, store.read(clientId, channel, from, to));
    }

    /** Reads and stores a CSV upload; see {@link #upload}. */
    @Transactional
    public UploadView uploadCsv(String text, String uploadedBy, String note) {
        return upload(ActualsCsv.parse(text), uploadedBy, note);
    }

    /** Reads and stores a JSON upload; see {@link #upload}. */
    @Transactional
    public UploadView uploadJson(ActualsUpload upload, String uploadedBy) {
        return upload(ActualsJson.read(upload), uploadedBy, upload.note());
    }

    /**
     * Stores every row when every row is good, replacing the rows stored for the same intervals, and nothing at
     * all otherwise: the answer then lists every problem found, as a refused forecast does.
     */
    private UploadView upload(UploadCsv.Read<ActualCandidate> parsed, String uploadedBy, String note) {
        UploadRefusal.requireAtMostRows(parsed.rows().size(), config.forecast().maxRows());
        Map<String, ClientProfile> known =
                clients.all().stream().collect(Collectors.toMap(ClientProfile::id, Function.identity()));
        List<Violation> errors = new ArrayList<>(parsed.errors());
        ActualsValidation.check(parsed.rows(), known, errors);
        if (!errors.isEmpty()) {
            throw UploadRefusal.of(errors, "invalid-actuals", "Actuals refused");
        }
        List<ActualRow> rows =
                parsed.rows().stream().map(ActualCandidate::toRow).toList();
        store.lockUploads();
        ActualUpload upload = new ActualUpload();
        upload.uploadedAt = clock.instant();
        upload.uploadedBy = uploadedBy;
        upload.note = note;
        upload.rowCount = rows.size();
        upload.spanStart = rows.stream()
                .map(r -> r.interval().start())
                .min(Comparator.naturalOrder())
                .orElseThrow();
        upload.spanEnd = rows.stream()
                .map(r -> intervalEnd(r, known))
                .max(Comparator.naturalOrder())
                .orElseThrow();
        var em = Panache.getEntityManager();
        em.persist(upload);
        em.flush();
        upload.replacedCount = store.write(upload.id, rows);
        return view(upload);
    }

    /** Newest first. */
    @Transactional
    public Page<UploadView> listUploads(PageRequest page) {
        var em = Panache.getEntityManager();
        List<UploadView> uploads = em
                .createQuery("from ActualUpload order by id desc", ActualUpload.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList()
                .stream()
                .map(ActualsService::view)
                .toList();
        long total = em.createQuery("select count(u) from ActualUpload u", Long.class)
                .getSingleResult();
        return new Page<>(uploads, total, page);
    }

    @Transactional
    public UploadView findUpload(long id) {
        ActualUpload upload = Panache.getEntityManager().find(ActualUpload.class, id);
        if (upload == null) {
            throw ProblemException.notFound("Actuals upload", String.valueOf(id));
        }
        return view(upload);
    }

    private static Instant intervalEnd(ActualRow row, Map<String, ClientProfile> known) {
        int minutes =
                known.get(row.clientId()).channel(row.channel()).orElseThrow().intervalMinutes();
        return row.interval().start().plusSeconds(60L * minutes);
    }

    private static UploadView view(ActualUpload u) {
        return new UploadView(
                u.id, u.uploadedAt, u.uploadedBy, u.note, u.spanStart, u.spanEnd, u.rowCount, u.replacedCount);
    }
}
