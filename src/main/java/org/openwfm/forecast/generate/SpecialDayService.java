package org.openwfm.forecast.generate;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.openwfm.client.ClientDirectory;
import org.openwfm.forecast.generate.SpecialDayViews.MarkRequest;
import org.openwfm.forecast.generate.SpecialDayViews.SpecialDayView;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.time.Dates;

/** Marks dates per client as excluded from learning or as events, and reads them back. */
@ApplicationScoped
public class SpecialDayService {

    /** An uplift of 20 is a day with twenty times its usual volume: beyond that it is a typing mistake. */
    static final double MAX_UPLIFT = 20;

    @Inject
    ClientDirectory clients;

    @Inject
    Clock clock;

    @Transactional
    public SpecialDayView mark(MarkRequest request, String by) {
        String clientId = request.clientId().trim();
        clients.require(clientId);
        if (!Dates.isSupported(request.date())) {
            throw ProblemException.invalidField("date", "'" + request.date() + "' is not " + Dates.EXPECTED);
        }
        checkKindFields(request);
        SpecialDay existing = markOn(clientId, request.date());
        if (existing != null) {
            throw ProblemException.conflict(clientId + " " + request.date() + " is already marked " + existing.kind
                    + " (special day " + existing.id + "); delete that mark first");
        }
        SpecialDay day = new SpecialDay();
        day.clientId = clientId;
        day.onDate = request.date();
        day.kind = request.kind();
        day.name = blankToNull(request.name());
        day.uplift = request.uplift();
        day.note = blankToNull(request.note());
        day.createdBy = by;
        day.createdAt = clock.instant();
        Panache.getEntityManager().persist(day);
        return SpecialDayView.of(day);
    }

    /** A client's marks on dates in [from, to), by date. */
    @Transactional
    public List<SpecialDayView> list(String clientId, LocalDate from, LocalDate to) {
        clients.require(clientId);
        return between(clientId, from, to).stream().map(SpecialDayView::of).toList();
    }

    @Transactional
    public void unmark(long id) {
        SpecialDay day = Panache.getEntityManager().find(SpecialDay.class, id);
        if (day == null) {
            throw ProblemException.notFound("Special day", String.valueOf(id));
        }
        Panache.getEntityManager().remove(day);
    }

    /** For generation, inside its transaction. */
    List<SpecialDay> between(String clientId, LocalDate from, LocalDate to) {
        return Panache.getEntityManager()
                .createQuery(
                        "from SpecialDay where clientId = ?1 and onDate >= ?2 and onDate < ?3 order by onDate",
                        SpecialDay.class)
                .setParameter(1, clientId)
                .setParameter(2, from)
                .setParameter(3, to)
                .getResultList();
    }

    private static void checkKindFields(MarkRequest request) {
        if (request.kind() == SpecialDay.Kind.EVENT) {
            if (request.name() == null || request.name().isBlank()) {
                throw ProblemException.invalidField(
                        "name", "an event needs a name; past events of the same name teach its uplift");
            }
            Double uplift = request.uplift();
            if (uplift != null && !(uplift >= 0 && uplift <= MAX_UPLIFT)) {
                throw ProblemException.invalidField(
                        "uplift", "must be between 0 and " + (int) MAX_UPLIFT + ", was " + uplift);
            }
        } else if (request.uplift() != null) {
            throw ProblemException.invalidField("uplift", "only an event has an uplift; an excluded day has none");
        }
    }

    private SpecialDay markOn(String clientId, LocalDate date) {
        return between(clientId, date, date.plusDays(1)).stream().findFirst().orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
