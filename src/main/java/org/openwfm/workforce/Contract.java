package org.openwfm.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What an agent has agreed to work: the limits every schedule and every claim must respect. Stored and
 * shown in hours as agreed; everything that plans or checks reads them in minutes, through {@link #terms()}
 * and {@link #breakTerms()}, so hours become minutes here and nowhere else.
 */
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

    /** The working limits in minutes, as the solver, the claim and release rules and publishing read them. */
    public ContractTerms terms() {
        return new ContractTerms(
                minutes(minWeeklyHours),
                minutes(maxWeeklyHours),
                minutes(maxDailyHours),
                minutes(minShiftHours),
                minutes(maxShiftHours),
                minutes(minRestHours),
                maxConsecutiveDays);
    }

    /** The break rules in minutes. */
    public BreakTerms breakTerms() {
        return new BreakTerms(breakMinutes, minutes(breakEveryHours), mealMinutes, minutes(mealAfterHours));
    }

    private static int minutes(double hours) {
        return (int) Math.round(hours * 60);
    }
}
