package org.crosscheck.bench.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Each benchmark keeps its own package; what several of them read (the corpora and generated
 * streams in {@code corpus}, the scores in {@code metric}, the fitting in {@code fit}) is shared,
 * and no benchmark reaches into another's package.
 */
class BenchPackagesTest {

    private static final String[] SHARED = {"org.crosscheck.bench.corpus..", "org.crosscheck.bench.metric..",
            "org.crosscheck.bench.fit.."};

    private static final JavaClasses BENCH = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.crosscheck.bench");

    @Test
    void theRootPackageHoldsNoClass() {
        noClasses().should().resideInAPackage("org.crosscheck.bench").check(BENCH);
    }

    /**
     * A benchmark package may use the shared packages but no other benchmark's, and the shared
     * packages (which may use one another) use no benchmark package.
     */
    @Test
    void benchmarksDependOnlyOnTheSharedPackages() {
        slices().matching("org.crosscheck.bench.(*)..").should().notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAnyPackage(SHARED))
                .check(BENCH);
    }
}
