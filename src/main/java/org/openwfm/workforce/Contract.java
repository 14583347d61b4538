package org.openwfm.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What an agent has agreed to work: the limits every schedule and every claim must respect. */
@Embeddable
public class Contract {

    @Column(name = "min_weekly_hours")
    public double minWeeklyHours;

    @Column(name = "max_weekly_hours")
    public double maxWeeklyHours;

    @Column(name = "max_daily_hours")
    public double maxDailyHours;

    @Column(name = "min_shift_hours")
    public double minShiftHours;

    @Column(name = "max_shift_hours")
    public double maxShiftHours;

    @Column(name = "min_rest_hours")
    public double minRestHours;

    @Column(name = "max_consecutive_days")
    public int maxConsecutiveDays;

    /** A short break of this length per {@link #breakEveryHours} of shift. */
    @Column(name = "break_minutes")
    public int breakMinutes = 15;

    @Column(name = "break_every_hours")
    public double breakEveryHours = 4;

    /** A meal of this length in shifts longer than {@link #mealAfterHours}. */
    @Column(name = "meal_minutes")
    public int mealMinutes = 30;

    @Column(name = "meal_after_hours")
    public double mealAfterHours = 6;
}
