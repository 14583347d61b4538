package org.openwfm.selfservice.timeoff;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The minutes a request counts against one year's allowance. */
@Embeddable
public class CountedYear {

    @Column(name = "counted_year", nullable = false)
    public int year;

    @Column(nullable = false)
    public long minutes;

    public CountedYear() {}

    CountedYear(int year, long minutes) {
        this.year = year;
        this.minutes = minutes;
    }
}
