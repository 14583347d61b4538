package org.openwfm.activity;

/** What an activity is, which decides who attends and how its sessions are cut. */
public enum ActivityKind {
    /** A team with its supervisor, all together, once a week. */
    TEAM_MEETING,
    /** The supervisor with each agent one by one, once a week each. */
    COACHING,
    /** A named group, all together, in one or more sessions a week. */
    TRAINING
}
