package org.openwfm.shared.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Typed settings of the service; every rule parameter that is not data lives here. */
@ConfigMapping(prefix = "openwfm")
public interface OpenWfmConfig {

    /** Where the embedded database keeps its files. */
    @WithDefault("./openwfm-data")
    String dataDir();

    /**
     * Demo mode: load the sample clients, agents, forecasts and demo users (known passwords) into an empty
     * database, and let demo users sign in. Never on a service others can reach.
     */
    @WithDefault("false")
    boolean demo();

    /** Demo mode answers only loopback addresses unless this is set: its users' passwords are public. */
    @WithDefault("false")
    boolean demoAllowRemote();

    /** Demo mode only: the Monday the demo's four weeks start on; by default the current week's, in each zone. */
    Optional<LocalDate> demoFirstWeek();

    /** Demo mode only: the instant the service's clock starts at (a training scenario, a test); by default, now. */
    Optional<Instant> demoNow();

    /**
     * Password for a user "admin" created at start when no admin exists: how a production database gets its
     * first admin. Without it (and outside demo mode) the first start makes a random one and prints it once.
     */
    Optional<String> initialAdminPassword();

    /** This replica's name in job records ({@code solvedBy}); by default host name and process id. */
    Optional<String> nodeId();

    Solver solver();

    SignIn signIn();

    Session session();

    Forecast forecast();

    Actuals actuals();

    Idempotency idempotency();

    Events events();

    Staffing staffing();

    Roster roster();

    SelfService selfService();

    TimeOff timeOff();

    Availability availability();

    /** Availability and preferred hours agents set for themselves. */
    interface Availability {
        /** A change applies from the first week without a published schedule that starts at least this long after it. */
        @WithDefault("P7D")
        Duration notice();
    }

    Notification notification();

    interface Notification {
        /**
         * Whether agents may ask for e-mail and digests are sent, through the SMTP server of {@code quarkus.mailer.*}.
         * Off by default, so a service without a mail server never tries to reach one.
         */
        @WithDefault("false")
        boolean emailEnabled();

        /** At most one digest per agent this often: notices in between wait in the outbox and go together. */
        @WithDefault("15m")
        Duration emailPeriod();

        /** How often each replica looks for digests that are due (a lock per agent keeps them from sending twice). */
        @WithDefault("1m")
        Duration sendEvery();

        /** Where the pages are reached, to turn a notice's link into an address in an e-mail; none: text only. */
        Optional<String> linkBase();
    }

    interface SignIn {
        /** Failed sign-ins for one username within the window before it must wait (429). */
        @WithDefault("10")
        int maxFailuresPerUser();

        /** Failed sign-ins from one client address within the window before it must wait; offices share one. */
        @WithDefault("50")
        int maxFailuresPerAddress();

        @WithDefault("PT5M")
        Duration failureWindow();

        /** Password checks (bcrypt) that may run at once, so a flood of sign-ins cannot take every core. */
        @WithDefault("4")
        int maxConcurrentChecks();

        /** Shortest password an admin or a user may set (demo users are exempt). */
        @WithDefault("12")
        int minPasswordLength();
    }

    interface Session {
        /** A page session ends after this long without a request. */
        @WithDefault("PT8H")
        Duration idleTimeout();

        /** ... and after this long in any case. */
        @WithDefault("PT12H")
        Duration maxLifetime();

        /** How long after the start the first purge of ended sessions runs (then hourly), as "5m" or "24h". */
        @WithDefault("5m")
        String purgeDelay();
    }

    interface Solver {
        /**
         * Whether this replica runs solve jobs. False makes an API-only replica: it takes submits and stops,
         * which replicas with the solver on then run.
         */
        @WithDefault("true")
        boolean enabled();
    }

    interface Roster {
        /** Solve time when a request names none. */
        @WithDefault("30")
        int defaultSolveSeconds();

        @WithDefault("3600")
        int maxSolveSeconds();

        /** A solve also stops when the best score has not improved for this long. */
        @WithDefault("20")
        int unimprovedSeconds();

        /**
         * Jobs one planner may have queued or solving at once. A solve holds a solver thread for up to
         * max-solve-seconds, so one planner's retries must not queue out everyone else's work.
         */
        @WithDefault("3")
        int maxActiveJobsPerUser();

        /** Jobs queued or solving at once across all planners (and replicas sharing the database). */
        @WithDefault("10")
        int maxActiveJobs();

        /**
         * Solve a week's clients that share no agent (directly or through others) as separate parts, which
         * replicas run side by side, and join them into the one schedule. False solves every week as one.
         */
        @WithDefault("true")
        boolean splitIndependentClients();

        /**
         * Where meetings, coaching and training go: {@code optimized} lets the solver place them where they cost the
         * least service; {@code first-fit} fixes each at the first start everyone can make, the shifts then built
         * around them. The naive placement is the baseline the activities benchmark measures the optimizer against.
         */
        @WithDefault("optimized")
        ActivityPlacement activityPlacement();

        enum ActivityPlacement {
            OPTIMIZED,
            FIRST_FIT
        }
    }

    interface SelfService {
        /** Claims close this many minutes before the claimed hours start. */
        @WithDefault("30")
        int claimCutoffMinutes();

        /** A release with less notice than this (though outside the client's notice window) counts as late. */
        @WithDefault("72")
        int lateReleaseHours();

        /** How far back an agent's reliability record looks. */
        @WithDefault("8")
        int reliabilityWeeks();

        /** Minutes after seats open before each access tier may claim them: tier 1 first. */
        @WithDefault("0,30,60")
        List<Integer> tierDelayMinutes();

        /**
         * Lowest reliability (hours kept over kept plus released late) for tier 1, 2, ...; below the last, the last
         * tier.
         */
        @WithDefault("0.95,0.85")
        List<Double> tierMinReliability();

        /** The tier of an agent without a record yet (nothing kept, nothing released late). */
        @WithDefault("2")
        int newAgentTier();
    }

    interface TimeOff {
        /** Hours of time off a year an agent has when no planner set its allowance for that year. */
        @WithDefault("160")
        double allowanceHours();

        /**
         * A request is approved at once only if every interval of the published shifts it takes hours from keeps at
         * least this share of its required agents (0 to 1).
         */
        @WithDefault("0.9")
        double autoApproveCoverage();

        /** The longest request, in days. */
        @WithDefault("14")
        int maxDays();
    }

    interface Events {
        /** Event streams one user may hold open at once on one replica; a person needs one per open page. */
        @WithDefault("5")
        int maxStreamsPerUser();
    }

    interface Idempotency {
        /**
         * How long a stored answer to an {@code Idempotency-Key} is kept. Clients retry within minutes; a week covers
         * a client that was down over a weekend, and the table no longer grows with every keyed write.
         */
        @WithDefault("P7D")
        Duration retention();
    }

    interface Staffing {
        /**
         * Most traffic one {@code POST /staffing/calculate} may ask for, in Erlangs (after chat concurrency). The
         * largest real centers put a few thousand agents on one queue; 10,000 Erlangs leaves room above them while
         * the worst accepted request (with patience, below) stays around 15 ms.
         */
        @WithDefault("10000")
        double maxTrafficErlangs();

        /**
         * With patience (Erlang A), most arrivals per second × mean patience in seconds: the callers who would be
         * waiting if no agent answered, and how far each evaluation's queue tail runs. 100,000 is 10,000 Erlangs
         * whose callers wait ten handle times before hanging up; real patience is a few handle times at most.
         */
        @WithDefault("100000")
        double maxErlangAStates();
    }

    interface Forecast {
        /** Largest forecast upload accepted, in bytes. */
        @WithDefault("16777216")
        long maxUploadBytes();

        /** Most rows one upload may hold. */
        @WithDefault("200000")
        int maxRows();

        /** Longest span one effective-curve query may ask for, in days. */
        @WithDefault("92")
        int maxQueryDays();
    }

    interface Actuals {
        /**
         * Longest span one {@code GET /actuals} may ask for, in days: more than a year, so that a year of history
         * (what forecasting from actuals looks back on) is one read. Uploads take the forecast's size limits.
         */
        @WithDefault("400")
        int maxQueryDays();
    }
}
