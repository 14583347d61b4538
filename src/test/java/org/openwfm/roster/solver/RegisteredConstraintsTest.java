package org.openwfm.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.stream.ConstraintMetaModel;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The verifier tests call each constraint method directly; this one checks that the solver the service
 * runs has every one of them, so dropping a constraint from {@code defineConstraints} fails a test.
 */
@QuarkusTest
class RegisteredConstraintsTest {

    @Inject
    ConstraintMetaModel constraints;

    @Test
    void theServicesSolverHasEveryConstraint() {
        assertThat(constraints.getConstraints())
                .extracting(c -> c.getConstraintRef().constraintName())
                .containsExactlyInAnyOrder(
                        "Certification",
                        "Availability",
                        "Time off",
                        "Opening hours",
                        "No overlap",
                        "Shift length",
                        "Daily max hours",
                        "Weekly max hours",
                        "Rest between shifts",
                        "Max consecutive days",
                        "Activity attendance",
                        "Activity clear of breaks",
                        "Attendee double-booked",
                        "Agents short",
                        "Activity not placed",
                        "Overstaffing",
                        "Weekly minimum hours",
                        "Fair hours",
                        "Fair talk time",
                        "Preferences");
    }
}
