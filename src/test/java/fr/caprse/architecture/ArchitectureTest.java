package fr.caprse.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The lines the architecture holds: a pure domain, adapters around it, JavaFX only in ui and app. */
@AnalyzeClasses(packages = "fr.caprse", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPure = noClasses().that().resideInAPackage("fr.caprse.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "org.controlsfx..", "atlantafx..", "org.apache.poi..", "java.sql..", "org.sqlite..",
                    "org.snakeyaml..", "com.fasterxml..", "picocli..", "org.slf4j..",
                    "fr.caprse.yaml..", "fr.caprse.json..", "fr.caprse.storage..", "fr.caprse.excel..",
                    "fr.caprse.cli..", "fr.caprse.ui..", "fr.caprse.app..")
            .because("the domain is plain Java that every adapter builds on");

    @ArchTest
    static final ArchRule onlyUiAndAppTouchJavaFx = noClasses().that()
            .resideOutsideOfPackages("fr.caprse.ui..", "fr.caprse.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
            .because("the command line and the adapters run without a display");

    @ArchTest
    static final ArchRule cliNeverReachesUi = noClasses().that().resideInAPackage("fr.caprse.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.caprse.ui..", "fr.caprse.app..", "javafx..")
            .because("batch commands run on servers without JavaFX");

    @ArchTest
    static final ArchRule adaptersDoNotReachOutward = noClasses().that()
            .resideInAnyPackage("fr.caprse.yaml..", "fr.caprse.json..", "fr.caprse.storage..", "fr.caprse.excel..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.caprse.ui..", "fr.caprse.app..", "fr.caprse.cli..");

    @ArchTest
    static final ArchRule poiStaysInExcel = noClasses().that().resideOutsideOfPackage("fr.caprse.excel..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.poi..");

    @ArchTest
    static final ArchRule yamlStaysInYaml = noClasses().that().resideOutsideOfPackage("fr.caprse.yaml..")
            .should().dependOnClassesThat().resideInAPackage("org.snakeyaml..");

    @ArchTest
    static final ArchRule jdbcStaysInStorage = noClasses().that().resideOutsideOfPackage("fr.caprse.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("fr.caprse.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesInsideDomain = slices().matching("fr.caprse.domain.(*)..").should().beFreeOfCycles();
}
