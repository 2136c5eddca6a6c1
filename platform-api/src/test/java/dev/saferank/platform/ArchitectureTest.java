package dev.saferank.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * platform-api's boundaries: it adapts the rating module to GraphQL and runs the batch jobs in its process
 * through their one public configuration, never their internals.
 */
@AnalyzeClasses(packages = "dev.saferank.platform", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule batchJobsOnlyThroughTheirOneImport = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("dev.saferank.platform.rating.RatingJobImport")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.saferank.batch..")
            .because("ratings are the rating module's; batch-jobs only wires them into jobs");

    @ArchTest
    static final ArchRule theJobImportTakesOnlyBatchJobs = noClasses()
            .should()
            .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "are batch-jobs types other than BatchJobs",
                    (com.tngtech.archunit.core.domain.JavaClass c) ->
                            c.getPackageName().startsWith("dev.saferank.batch")
                                    && !c.getName().equals("dev.saferank.batch.BatchJobs")));

    @ArchTest
    static final ArchRule noOtherModulesInternals = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.saferank.rating..internal..", "dev.saferank.batch..internal..")
            .because("a module's internal packages are its own");

    @ArchTest
    static final ArchRule storedSchemesAreCompiledByTheRatingModule = noClasses()
            .should()
            .callConstructor(dev.saferank.scheme.ScoringEngine.class, dev.saferank.scheme.Scheme.class)
            .because("stored scheme versions are read and compiled in one place (rating's StoredSchemes)");

    /**
     * Any number of API nodes: a scheduled task runs on one node at a time under a ShedLock row, or (the
     * outbox relay alone) splits its rows between the nodes with claims. A new task without either
     * would fire once per node.
     */
    @ArchTest
    static final ArchRule scheduledWorkFiresOnceAcrossNodes = methods()
            .that()
            .areAnnotatedWith(org.springframework.scheduling.annotation.Scheduled.class)
            .and()
            .areDeclaredInClassesThat()
            .doNotHaveFullyQualifiedName("dev.saferank.platform.outbox.OutboxRelay")
            .should()
            .beAnnotatedWith(net.javacrumbs.shedlock.spring.annotation.SchedulerLock.class)
            .because("every API node runs the same schedule (dev.saferank.platform.scheduling)");
}
