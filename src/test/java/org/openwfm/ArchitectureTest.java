package org.openwfm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.scheduler.Scheduled;

/** Keeps the features depending one way: shared and access at the bottom, resources at the top. */
@AnalyzeClasses(packages = "org.openwfm", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresHaveNoCycles =
            slices().matching("org.openwfm.(*)..").should().beFreeOfCycles();

    /** Inside a feature too: resources on services on API shapes, moves on the model, never back. */
    @ArchTest
    static final ArchRule packagesHaveNoCycles =
            slices().matching("org.openwfm.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule sharedDependsOnNoFeature = noClasses()
            .that()
            .resideInAPackage("org.openwfm.shared..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.openwfm.access..",
                    "org.openwfm.client..",
                    "org.openwfm.workforce..",
                    "org.openwfm.forecast..",
                    "org.openwfm.staffing..",
                    "org.openwfm.roster..",
                    "org.openwfm.sampledata..",
                    "org.openwfm.schedule..",
                    "org.openwfm.selfservice..",
                    "org.openwfm.calendar..",
                    "org.openwfm.notification..",
                    "org.openwfm.events..");

    /** Self-scheduling builds on schedules; schedules know nothing of it (publishing tells it through a CDI event). */
    @ArchTest
    static final ArchRule schedulesKnowNothingOfSelfService = noClasses()
            .that()
            .resideInAnyPackage(
                    "org.openwfm.roster..",
                    "org.openwfm.schedule..",
                    "org.openwfm.forecast..",
                    "org.openwfm.staffing..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.openwfm.selfservice..");

    /**
     * Notifications sit on top: they observe other features' CDI events and read their ports, and no feature
     * depends on them (what a trade or a decision tells an agent, an observer in the notification package posts).
     */
    @ArchTest
    static final ArchRule nothingDependsOnNotifications = noClasses()
            .that()
            .resideOutsideOfPackage("org.openwfm.notification..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.openwfm.notification..");

    /** The staffing math is a plain library: no CDI, no persistence, no web, nothing of the service. */
    @ArchTest
    static final ArchRule queueingMathIsPlainJava = classes()
            .that()
            .resideInAPackage("org.openwfm.staffing.queueing..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.openwfm.staffing.queueing..");

    /** The forecasting methods are a plain library too, measured by the benchmark without the service. */
    @ArchTest
    static final ArchRule forecastMethodsArePlainJava = classes()
            .that()
            .resideInAPackage("org.openwfm.forecast.method..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.openwfm.forecast.method..");

    @ArchTest
    static final ArchRule clientsKnowNothingOfAgentsOrForecasts = noClasses()
            .that()
            .resideInAPackage("org.openwfm.client..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.openwfm.workforce..", "org.openwfm.forecast..");

    /** Planning classes are plain: the solver reads contract terms, never an entity, a repository or a resource. */
    @ArchTest
    static final ArchRule planningClassesArePlain = noClasses()
            .that()
            .resideInAnyPackage("org.openwfm.roster.domain..", "org.openwfm.roster.solver..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "jakarta.persistence..", "jakarta.ws..", "org.openwfm.forecast..", "org.openwfm.schedule..")
            .orShould()
            .dependOnClassesThat()
            .areAnnotatedWith(jakarta.persistence.Entity.class);

    @ArchTest
    static final ArchRule nothingDependsOnAResource = noClasses()
            .that()
            .haveSimpleNameNotEndingWith("Resource")
            .should()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Resource");

    /** An entity is a feature's table: other features ask the feature (a service, a port), never hold its rows. */
    @ArchTest
    static final ArchRule entitiesStayInTheirFeature = classes()
            .that()
            .resideInAPackage("org.openwfm..")
            .should(new ArchCondition<JavaClass>("use only the entities of their own feature") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass().getBaseComponentType();
                        String user = feature(origin);
                        if (target.isAnnotatedWith(jakarta.persistence.Entity.class)
                                && !feature(target).equals(user)) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });

    /** Resources translate HTTP and call services: persistence is a service's or a store's business. */
    @ArchTest
    static final ArchRule resourcesDoNoPersistenceWork = noClasses()
            .that()
            .areAnnotatedWith(jakarta.ws.rs.Path.class)
            .should()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Store")
            .orShould()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Repository")
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(jakarta.persistence.EntityManager.class)
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("io.quarkus.hibernate.orm.panache..");

    /**
     * Self-scheduling sees published schedules only through their port: the port and its values, the
     * publish event, and the shift shapes of the schedule API (a claimed or released shift answers in the
     * same JSON as a schedule's).
     */
    @ArchTest
    static final ArchRule selfServiceUsesSchedulesThroughTheirPort = noClasses()
            .that()
            .resideInAPackage("org.openwfm.selfservice..")
            .should()
            .dependOnClassesThat(DescribedPredicate.describe(
                    "are of schedules but not PublishedWeeks, its values, SchedulePublished or the shift views",
                    (JavaClass type) -> type.getPackageName().startsWith("org.openwfm.schedule")
                            && !type.getName().startsWith("org.openwfm.schedule.PublishedWeeks")
                            && !type.getName().equals("org.openwfm.schedule.SchedulePublished")
                            && !type.getName().equals("org.openwfm.schedule.api.ScheduleViews$ShiftView")
                            && !type.getName().equals("org.openwfm.schedule.api.ScheduleViews$BreakView")));

    /** The calendar feed reads published schedules only through their port and its values, like self-scheduling. */
    @ArchTest
    static final ArchRule calendarUsesSchedulesThroughTheirPort = noClasses()
            .that()
            .resideInAPackage("org.openwfm.calendar..")
            .should()
            .dependOnClassesThat(DescribedPredicate.describe(
                    "are of schedules but not PublishedWeeks or its values",
                    (JavaClass type) -> type.getPackageName().startsWith("org.openwfm.schedule")
                            && !type.getName().startsWith("org.openwfm.schedule.PublishedWeeks")));

    /** The feed is a leaf: no other feature depends on it. */
    @ArchTest
    static final ArchRule nothingDependsOnTheCalendar = noClasses()
            .that()
            .resideOutsideOfPackage("org.openwfm.calendar..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.openwfm.calendar..");

    /**
     * Value types, parsers and the planning problem say what is wrong in domain exceptions; the status
     * code is chosen in one place ({@code DomainProblems}).
     */
    @ArchTest
    static final ArchRule deepLayersChooseNoStatusCode = noClasses()
            .that()
            .areEnums()
            .or()
            .areAssignableTo(Record.class)
            .or()
            .resideInAnyPackage(
                    "org.openwfm.roster..",
                    "org.openwfm.shared.time..",
                    "org.openwfm.shared.paging..",
                    "org.openwfm.staffing.queueing..")
            .or()
            .haveFullyQualifiedName("org.openwfm.shared.RequestParams")
            .or()
            .haveFullyQualifiedName("org.openwfm.staffing.IntervalCalculation")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.openwfm.shared.error.ProblemException")
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(jakarta.ws.rs.WebApplicationException.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(jakarta.ws.rs.core.Response.Status.class);

    /**
     * Quartz's threads are the replica's solver slots, and its job store is shared by every replica: a
     * periodic task on it would take a solver slot and run on one replica only. Per-replica timers run on
     * the simple scheduler, and only the schedule feature queues Quartz jobs.
     */
    @ArchTest
    static final ArchRule timersRunOnTheSimpleScheduler = methods()
            .that()
            .areAnnotatedWith(Scheduled.class)
            .should(new ArchCondition<>("run with executeWith = Scheduled.SIMPLE") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    String executor =
                            method.getAnnotationOfType(Scheduled.class).executeWith();
                    events.add(new SimpleConditionEvent(
                            method, Scheduled.SIMPLE.equals(executor), method.getFullName() + " runs on " + executor));
                }
            });

    @ArchTest
    static final ArchRule onlySchedulesQueueQuartzJobs = noClasses()
            .that()
            .resideOutsideOfPackage("org.openwfm.schedule")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.quartz..");

    /** The top-level package under org.openwfm a class belongs to. */
    static String feature(JavaClass type) {
        String rest = type.getPackageName().replaceFirst("^org\\.openwfm\\.?", "");
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
