package org.openwfm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the features depending one way: shared and access at the bottom, resources at the top. */
@AnalyzeClasses(packages = "org.openwfm", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresHaveNoCycles =
            slices().matching("org.openwfm.(*)..").should().beFreeOfCycles();

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

    /** The staffing math is a plain library: no CDI, no persistence, no web, nothing of the service. */
    @ArchTest
    static final ArchRule queueingMathIsPlainJava = classes()
            .that()
            .resideInAPackage("org.openwfm.staffing.queueing..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.openwfm.staffing.queueing..");

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
}
