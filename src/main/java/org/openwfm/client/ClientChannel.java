package org.openwfm.client;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A channel of a client with its coverage rules: the service goal and what staffing must respect. */
@Entity
@Table(name = "client_channel")
public class ClientChannel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    public Client client;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Column(name = "interval_minutes")
    public int intervalMinutes;

    @Column(name = "service_level_target")
    public double serviceLevelTarget;

    @Column(name = "answer_within_seconds")
    public int answerWithinSeconds;

    @Column(name = "max_occupancy")
    public double maxOccupancy;

    public double shrinkage;

    @Column(name = "min_agents")
    public int minAgents;

    public int concurrency;

    /** Mean customer patience for Erlang A; null when abandonment is not modelled. */
    @Column(name = "patience_seconds")
    public Integer patienceSeconds;

    /** Highest acceptable share of abandoned contacts (with patience only); null for no cap. */
    @Column(name = "max_abandon_rate")
    public Double maxAbandonRate;

    @Column(name = "release_notice_hours")
    public int releaseNoticeHours;

    /** Whether a planner approves each shift trade on this channel before the shifts move. */
    @Column(name = "trades_need_approval")
    public boolean tradesNeedApproval;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "client_channel_opening", joinColumns = @JoinColumn(name = "client_channel_id"))
    public List<OpeningHours> openingHours = new ArrayList<>();
}
