package org.openwfm.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A contract's hours become minutes in one place, rounded to the nearest minute. */
class ContractTest {

    @Test
    void termsAreTheContractsHoursInMinutes() {
        Contract contract = new Contract();
        contract.minWeeklyHours = 20;
        contract.maxWeeklyHours = 37.5;
        contract.maxDailyHours = 9;
        contract.minShiftHours = 3.25;
        contract.maxShiftHours = 8.999;
        contract.minRestHours = 11;
        contract.maxConsecutiveDays = 5;

        assertThat(contract.terms()).isEqualTo(new ContractTerms(1200, 2250, 540, 195, 540, 660, 5));
    }

    @Test
    void breakTermsAreInMinutes() {
        Contract contract = new Contract();
        contract.breakEveryHours = 2.5;

        assertThat(contract.breakTerms()).isEqualTo(new BreakTerms(15, 150, 30, 360));
    }

    @Test
    void workElsewhereLowersTheWeeklyLimitsOnly() {
        ContractTerms terms = new ContractTerms(1200, 2400, 540, 240, 480, 660, 5);

        assertThat(terms.lessWorkedElsewhere(1500)).isEqualTo(new ContractTerms(0, 900, 540, 240, 480, 660, 5));
    }
}
