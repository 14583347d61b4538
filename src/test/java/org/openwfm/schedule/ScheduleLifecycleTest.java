package org.openwfm.schedule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openwfm.schedule.api.ScheduleStatus;

class ScheduleLifecycleTest {

    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Instant T2 = T0.plusSeconds(120);

    @Test
    void aJobGoesFromQueuedThroughSolvingToSolvedAndPublished() {
        Schedule job = queued();
        job.startSolving(T1, "node-a");
        job.progress("0hard/-5medium/-9soft", "{\"coverage\":1}");
        job.finish("0hard/-2medium/-3soft", "{\"coverage\":2}", T2);
        job.publish(T2.plusSeconds(1));

        assertThat(job.status).isEqualTo(ScheduleStatus.PUBLISHED);
        assertThat(job.createdAt).isEqualTo(T0);
        assertThat(job.startedAt).isEqualTo(T1);
        assertThat(job.solvedBy).isEqualTo("node-a");
        assertThat(job.finishedAt).isEqualTo(T2);
        assertThat(job.publishedAt).isEqualTo(T2.plusSeconds(1));
        assertThat(job.score).isEqualTo("0hard/-2medium/-3soft");
        assertThat(job.kpis).isEqualTo("{\"coverage\":2}");
    }

    @Test
    void aStopRequestedWhileSolvingClosesTheJobCancelledWithItsBestSchedule() {
        Schedule job = queued();
        job.startSolving(T1, "node-a");
        job.requestStop(T1.plusSeconds(5));
        job.requestStop(T1.plusSeconds(9)); // a second DELETE does not move the first stop's time
        job.finish("0hard/-4medium/-6soft", "{\"coverage\":1}", T2);

        assertThat(job.status).isEqualTo(ScheduleStatus.CANCELLED);
        assertThat(job.stopRequestedAt).isEqualTo(T1.plusSeconds(5));
        assertThat(job.score).isEqualTo("0hard/-4medium/-6soft");
        assertThat(job.message).isEqualTo("Stopped by a planner; the best schedule found so far is kept");
    }

    @Test
    void aTakenOverJobKeepsItsStartTimeAndNamesBothReplicas() {
        Schedule job = queued();
        job.startSolving(T1, "node-a");
        job.takeOver("node-b");
        job.finish("0hard/-1medium/-2soft", "{}", T2);

        assertThat(job.status).isEqualTo(ScheduleStatus.SOLVED);
        assertThat(job.startedAt).isEqualTo(T1);
        assertThat(job.solvedBy).isEqualTo("node-b");
        assertThat(job.message).isEqualTo("Taken over by node-b after node-a stopped while solving");
    }

    @Test
    void aFailedJobKeepsNoKpisAndSaysWhy() {
        Schedule job = queued();
        job.startSolving(T1, "node-a");
        job.progress("0hard/0medium/-1soft", "{\"coverage\":1}");
        job.fail("Solving failed: boom", T2);

        assertThat(job.status).isEqualTo(ScheduleStatus.FAILED);
        assertThat(job.kpis).isNull();
        assertThat(job.message).isEqualTo("Solving failed: boom");
        assertThat(job.finishedAt).isEqualTo(T2);
    }

    @Test
    void aPublishedScheduleIsCancelledWhenSuperseded() {
        Schedule old = Schedule.publishedEmpty(LocalDate.parse("2026-12-07"), "bank", "planner", T0);
        old.supersede(42);

        assertThat(old.status).isEqualTo(ScheduleStatus.CANCELLED);
        assertThat(old.message).isEqualTo("Superseded by schedule 42");
    }

    @Test
    void refusesStepsTheLifecycleDoesNotHave() {
        Schedule queued = queued();
        assertThatThrownBy(() -> queued.publish(T1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is QUEUED and cannot be published");
        assertThatThrownBy(() -> queued.progress("0hard/0medium/0soft", "{}"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> queued.enqueue(T1)).isInstanceOf(IllegalStateException.class);

        Schedule solving = queued();
        solving.startSolving(T1, "node-a");
        assertThatThrownBy(() -> solving.publish(T2)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> queued.requestStop(T2)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> queued.takeOver("node-b")).isInstanceOf(IllegalStateException.class);

        Schedule failed = queued();
        failed.fail("no", T1);
        assertThatThrownBy(() -> failed.startSolving(T2, "node-a")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> failed.cancel("stop", T2)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> failed.supersede(7)).isInstanceOf(IllegalStateException.class);
    }

    /** Status and what goes with it are written by Schedule alone, so every change is a step of its lifecycle. */
    @Test
    void onlyScheduleWritesItsLifecycleFields() {
        Set<String> lifecycle = Set.of(
                "status",
                "score",
                "kpis",
                "message",
                "createdAt",
                "startedAt",
                "finishedAt",
                "publishedAt",
                "plannedFrom",
                "solvedBy",
                "stopRequestedAt");
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(Schedule.class.getName())
                .should()
                .setFieldWhere(DescribedPredicate.describe(
                        "a lifecycle field of Schedule",
                        (JavaFieldAccess access) -> access.getTargetOwner().isEquivalentTo(Schedule.class)
                                && lifecycle.contains(access.getTarget().getName())))
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.openwfm"));
    }

    private static Schedule queued() {
        Schedule job = new Schedule();
        job.weekStart = LocalDate.parse("2026-12-07");
        job.clientIds = "bank";
        job.requestedBy = "planner";
        job.enqueue(T0);
        return job;
    }
}
