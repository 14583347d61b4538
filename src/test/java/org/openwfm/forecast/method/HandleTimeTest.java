package org.openwfm.forecast.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HandleTimeTest {

    /** Two weeks, one slot: Mondays 10 then 30 contacts, Tuesdays none, other days 5. */
    private final DayGrid contacts = Grids.of(14, 1, (day, slot) -> switch (day) {
        case 0 -> 10;
        case 7 -> 30;
        default -> day % 7 == 1 ? 0 : 5;
    });

    /** Mondays 100 s then 200 s; every other day 300 s. */
    private final DayGrid aht = Grids.of(14, 1, (day, slot) -> day == 0 ? 100 : day == 7 ? 200 : 300);

    private final DayGrid contactsForecast = Grids.of(2, 1, (day, slot) -> 1);

    @Test
    void is_the_contacts_weighted_average_of_the_same_weekday_and_slot() {
        DayGrid forecast = HandleTime.forecast(contacts, aht, shifted(contactsForecast));

        // Monday: (10 * 100 + 30 * 200) / (10 + 30) = 7000 / 40 = 175 (a plain mean would say 150).
        assertThat(forecast.at(0, 0)).isCloseTo(175, within(1e-9));
    }

    @Test
    void a_slot_never_seen_with_contacts_takes_the_channel_average() {
        DayGrid forecast = HandleTime.forecast(contacts, aht, shifted(contactsForecast));

        // Tuesday had no contacts: the channel's (1000 + 6000 + 10 days * 5 * 300) / (40 + 50) = 22000 / 90.
        assertThat(forecast.at(1, 0)).isCloseTo(22000.0 / 90, within(1e-9));
    }

    @Test
    void unknown_handle_times_are_left_out_and_slots_without_contacts_have_none() {
        DayGrid forecast = HandleTime.forecast(
                contacts, Grids.unknownAt(aht, 7, 0), shifted(Grids.unknownAt(contactsForecast, 1, 0)));

        assertThat(forecast.at(0, 0)).isCloseTo(100, within(1e-9));
        assertThat(forecast.at(1, 0)).isNaN();
    }

    private DayGrid shifted(DayGrid forecast) {
        return new DayGrid(contacts.lastDay().plusDays(1), 1, forecast.values());
    }
}
