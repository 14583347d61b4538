package org.openwfm.shared.config;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed settings of the service; every rule parameter that is not data lives here. */
@ConfigMapping(prefix = "openwfm")
public interface OpenWfmConfig {

    /** Where the embedded database keeps its files. */
    @WithDefault("./openwfm-data")
    String dataDir();

    SampleData sampleData();

    /**
     * Password for a user "admin" created at start when no admin exists: how a production database,
     * which gets no demo users, gets its first admin.
     */
    Optional<String> initialAdminPassword();

    Forecast forecast();

    Roster roster();

    SelfService selfService();

    interface SampleData {
        /** Load the sample clients, agents, forecasts and demo users when the database is empty. */
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

        /** Lowest reliability (hours kept over kept plus released late) for tier 1, 2, ...; below the last, the last tier. */
        @WithDefault("0.95,0.85")
        List<Double> tierMinReliability();

        /** The tier of an agent without a record yet (nothing kept, nothing released late). */
        @WithDefault("2")
        int newAgentTier();
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
}
