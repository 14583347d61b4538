package org.openwfm.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;

class SolveQueueTest {

    @Test
    void aQueuedJobStartsWhenASlotIsFreeHoweverLongItWaited() {
        SimpleTrigger trigger = SolveQueue.now().build();

        assertThat(trigger.getMisfireInstruction()).isEqualTo(Trigger.MISFIRE_INSTRUCTION_IGNORE_MISFIRE_POLICY);
        assertThat(trigger.getRepeatCount()).as("a job runs once").isZero();
    }
}
