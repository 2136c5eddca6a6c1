package dev.saferank.servers.maven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The Maven goal only drives test-servers' public API (TestServers); the apps are not its business. */
@AnalyzeClasses(packages = "dev.saferank.servers.maven", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule knowsNoApp = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.saferank.platform..", "dev.saferank.batch..", "dev.saferank.rating..");

    @ArchTest
    static final ArchRule noSpring = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..")
            .because("a Maven plugin runs in Maven's class realm, without Spring");
}
