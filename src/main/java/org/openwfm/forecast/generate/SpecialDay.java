package org.openwfm.forecast.generate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A date a forecaster marked for one client: left out of learning, or an event with an uplift. */
@Entity
@Table(name = "special_day")
public class SpecialDay {

    public enum Kind {
        /** An outage or a holiday: its actuals do not teach the model. */
        EXCLUDED,
        /** A sale or a campaign: its actuals do not teach the model either, and its forecast is lifted. */
        EVENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    /** The client's local date. */
    @Column(name = "on_date", nullable = false)
    public LocalDate onDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    /** Events of one name share what is learned about their uplift. */
    public String name;

    /** Factor on the day's forecast; null on an event means learned from past events of the same name. */
    public Double uplift;

    public String note;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
