package org.openwfm.schedule.api;

/** Where a schedule job is. SOLVED and CANCELLED keep the best schedule found; PUBLISHED is what agents see. */
public enum ScheduleStatus {
    QUEUED,
    SOLVING,
    SOLVED,
    PUBLISHED,
    FAILED,
    CANCELLED
}
