package org.crosscheck.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.fasterxml.jackson.databind.JsonNode;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core stays free of front ends and keeps its packages named after what they do. */
class LayeringTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.crosscheck");

    @Test
    void coreNeverImportsCliServerOrSpark() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("picocli..", "io.javalin..", "org.apache.spark..", "me.tongfei..")
                .check(CORE);
    }

    @Test
    void noDumpingGroundPackages() {
        noClasses().should().resideInAnyPackage("..util..", "..common..", "..misc..", "..impl..", "..model..", "..helper..")
                .check(CORE);
    }

    @Test
    void stagesDoNotReachIntoTheCompositionRoot() {
        noClasses().that().resideOutsideOfPackage("org.crosscheck.pipeline..")
                .should().dependOnClassesThat().resideInAPackage("org.crosscheck.pipeline..")
                .check(CORE);
    }

    @Test
    void stanfordAnnotationsStayInsideTheLanguageAdapters() {
        noClasses().that().resideOutsideOfPackage("org.crosscheck.language..")
                .should().dependOnClassesThat().resideInAnyPackage("edu.stanford..", "net.sf.extjwnl..", "dev.langchain4j..", "ai.onnxruntime..")
                .check(CORE);
    }

    /**
     * The store stores: it takes and gives records and runs no stage. Of the stage packages it
     * knows only the records and enums passed between stages ({@code Article}, {@code StoryReport},
     * {@code ReuseLink}, ...), never a class that does a stage's work; the ingest run that places
     * and analyses articles lives in {@code pipeline}.
     */
    @Test
    void theStoreRunsNoStage() {
        DescribedPredicate<JavaClass> data = DescribedPredicate.describe("a record or an enum",
                c -> c.isRecord() || c.isEnum() || c.getEnclosingClass().map(e -> e.isEnum()).orElse(false));
        noClasses().that().resideInAPackage("org.crosscheck.store..")
                .should().dependOnClassesThat(resideInAnyPackage("org.crosscheck.ingest..", "org.crosscheck.extract..",
                        "org.crosscheck.dedup..", "org.crosscheck.cluster..", "org.crosscheck.provenance..", "org.crosscheck.language..",
                        "org.crosscheck.claims..", "org.crosscheck.align..", "org.crosscheck.verify..", "org.crosscheck.report..")
                        .and(not(data)))
                .check(CORE);
    }

    /** What the store gives and takes are records, not JSON trees: no public method of it takes or gives a Jackson tree. */
    @Test
    void theStoreSpeaksInRecordsNotJsonTrees() {
        noMethods().that().areDeclaredInClassesThat().resideInAPackage("org.crosscheck.store..").and().arePublic()
                .should().haveRawReturnType(assignableTo(JsonNode.class))
                .orShould().haveRawParameterTypes(DescribedPredicate.anyElementThat(assignableTo(JsonNode.class)))
                .check(CORE);
    }

    /** A shipped model or settings file is read through the settings package, which names the resource when it fails. */
    @Test
    void shippedFilesAreReadOnlyThroughTheSettingsPackage() {
        noClasses().that().resideOutsideOfPackage("org.crosscheck.settings..")
                .should().callMethod(Class.class, "getResourceAsStream", String.class)
                .orShould().callMethod(Class.class, "getResource", String.class)
                .check(CORE);
    }
}
