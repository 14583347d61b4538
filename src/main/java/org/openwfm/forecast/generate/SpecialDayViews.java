package org.openwfm.forecast.generate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/** What the special-day endpoints take and answer. */
public final class SpecialDayViews {

    private SpecialDayViews() {}

    /** {@code uplift} only on an event; left out, it is learned from past events of the same name. */
    public record MarkRequest(
            @NotBlank @Size(max = 64) String clientId,
            @NotNull LocalDate date,
            @NotNull SpecialDay.Kind kind,
            @Size(max = 100) String name,
            Double uplift,
            @Size(max = 500) String note) {}

    public record SpecialDayView(
            long id,
            String clientId,
            LocalDate date,
            SpecialDay.Kind kind,
            String name,
            Double uplift,
            String note,
            String createdBy,
            Instant createdAt) {

        static SpecialDayView of(SpecialDay d) {
            return new SpecialDayView(
                    d.id, d.clientId, d.onDate, d.kind, d.name, d.uplift, d.note, d.createdBy, d.createdAt);
        }
    }
}
