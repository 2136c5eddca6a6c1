package dev.saferank.es.smartcn;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The analyzer plugin runs inside Elasticsearch: it may use only the JDK, Elasticsearch's stable plugin API
 * and Lucene (which Elasticsearch provides), so that it installs on any 8.19 server.
 */
@AnalyzeClasses(packages = "dev.saferank.es.smartcn", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyThePluginApiAndLucene = classes()
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "java..",
                    "dev.saferank.es.smartcn..",
                    "org.elasticsearch.plugin..",
                    "org.apache.lucene..",
                    "javax.annotation..");
}
