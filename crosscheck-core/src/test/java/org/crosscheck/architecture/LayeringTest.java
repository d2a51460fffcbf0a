package org.crosscheck.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
}
