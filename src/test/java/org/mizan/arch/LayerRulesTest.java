package org.mizan.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of DEVELOPERS.md, enforced. */
@AnalyzeClasses(packages = "org.mizan", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule engineNeverTouchesJavaFx = noClasses()
            .that().resideOutsideOfPackages("org.mizan.ui..", "org.mizan.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..")
            .because("the engine (model, text, analysis, io, export) and the CLI run headless");

    @ArchTest
    static final ArchRule modelDependsOnNoOtherLayer = noClasses()
            .that().resideInAPackage("org.mizan.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.mizan.text..", "org.mizan.analysis..",
                    "org.mizan.io..", "org.mizan.export..", "org.mizan.ui..", "org.mizan.cli..", "org.mizan.app..")
            .because("model holds plain immutable records");

    @ArchTest
    static final ArchRule textIsAPrimitiveLayer = noClasses()
            .that().resideInAPackage("org.mizan.text..")
            .should().dependOnClassesThat().resideInAnyPackage("org.mizan.analysis..", "org.mizan.io..",
                    "org.mizan.export..", "org.mizan.ui..", "org.mizan.cli..", "org.mizan.app..");

    @ArchTest
    static final ArchRule analysisDoesNoIo = noClasses()
            .that().resideInAPackage("org.mizan.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("org.mizan.io..", "org.mizan.export..",
                    "org.mizan.ui..", "org.mizan.cli..", "org.mizan.app..")
            .because("annotators are pure functions of text");

    @ArchTest
    static final ArchRule engineDoesNotReachUp = noClasses()
            .that().resideInAnyPackage("org.mizan.io..", "org.mizan.export..")
            .should().dependOnClassesThat().resideInAnyPackage("org.mizan.ui..", "org.mizan.cli..", "org.mizan.app..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.mizan.(*)..").should().beFreeOfCycles();
}
