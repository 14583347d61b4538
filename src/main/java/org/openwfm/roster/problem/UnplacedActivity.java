package org.openwfm.roster.problem;

/** A session a schedule leaves out, and why, in a planner's words. */
public record UnplacedActivity(String key, String name, String kind, String reason) {

    /** "Coaching for A017: A017 and supervisor S2 share no available half-hour on Tue–Thu 10:00–16:00". */
    public String sentence() {
        return name + ": " + reason;
    }
}
