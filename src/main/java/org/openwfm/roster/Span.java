package org.openwfm.roster;

import java.time.Instant;

/** A stretch of time [start, end), such as a break inside a shift. */
public record Span(Instant start, Instant end) {
}
