package org.openwfm.shared.time;

import java.time.Instant;

/** A stretch of time [start, end), such as a break inside a shift. */
public record TimeSpan(Instant start, Instant end) {}
