package fr.caprse.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lines the architecture holds: a pure domain, adapters around it, JavaFX only in ui and app.
 * Plain JUnit tests that check each rule (the ArchUnit engine reported no test under Surefire, so a
 * broken rule could pass unseen; {@code architectureRulesCatchAViolation} proves these do fail).
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // production classes only, wherever the build directory is (-DbuildDir moves test-classes)
        ImportOption productionOnly = location -> !location.contains("/test-classes/");
        classes = new ClassFileImporter().withImportOption(productionOnly).importPackages("fr.caprse");
    }

    static final ArchRule domainIsPure = noClasses().that().resideInAPackage("fr.caprse.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "org.controlsfx..", "atlantafx..", "org.apache.poi..", "java.sql..", "org.sqlite..",
                    "org.snakeyaml..", "com.fasterxml..", "picocli..", "org.slf4j..",
                    "fr.caprse.yaml..", "fr.caprse.json..", "fr.caprse.storage..", "fr.caprse.excel..",
                    "fr.caprse.cli..", "fr.caprse.ui..", "fr.caprse.app..")
            .because("the domain is plain Java that every adapter builds on");

    static final ArchRule onlyUiAndAppTouchJavaFx = noClasses().that()
            .resideOutsideOfPackages("fr.caprse.ui..", "fr.caprse.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
            .because("the command line and the adapters run without a display");

    static final ArchRule cliNeverReachesUi = noClasses().that().resideInAPackage("fr.caprse.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.caprse.ui..", "fr.caprse.app..", "javafx..")
            .because("batch commands run on servers without JavaFX");

    static final ArchRule adaptersDoNotReachOutward = noClasses().that()
            .resideInAnyPackage("fr.caprse.yaml..", "fr.caprse.json..", "fr.caprse.storage..", "fr.caprse.excel..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.caprse.ui..", "fr.caprse.app..", "fr.caprse.cli..");

    static final ArchRule uiAndCliReachAdaptersOnlyThroughApplication = noClasses()
            .that().resideInAnyPackage("fr.caprse.ui..", "fr.caprse.cli..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "fr.caprse.yaml..", "fr.caprse.json..", "fr.caprse.storage..", "fr.caprse.excel..")
            .because("a use case is written once, in fr.caprse.application, and both the app and the command line call it");

    static final ArchRule applicationDoesNotReachOutward = noClasses().that().resideInAPackage("fr.caprse.application..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.caprse.ui..", "fr.caprse.app..", "fr.caprse.cli..",
                    "javafx..", "picocli..")
            .because("the use cases run the same under the app, the command line and the tests");

    static final ArchRule openAssessmentPagesGoThroughTheirUseCase = noClasses()
            .that().resideInAnyPackage("fr.caprse.ui.assessment..", "fr.caprse.ui.walkthrough..", "fr.caprse.ui.results..",
                    "fr.caprse.ui.actions..", "fr.caprse.ui.review..")
            .should().dependOnClassesThat().areAssignableTo(fr.caprse.application.Workspace.class)
            .because("an open assessment is read and changed through fr.caprse.application.assessment.OpenAssessment,"
                    + " written once and tested without a window; its pages only show it");

    static final ArchRule poiStaysInExcel = noClasses().that().resideOutsideOfPackage("fr.caprse.excel..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.poi..");

    static final ArchRule yamlStaysInYaml = noClasses().that().resideOutsideOfPackage("fr.caprse.yaml..")
            .should().dependOnClassesThat().resideInAPackage("org.snakeyaml..");

    static final ArchRule jdbcStaysInStorage = noClasses().that().resideOutsideOfPackage("fr.caprse.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    static final ArchRule noCyclesBetweenPackages = slices().matching("fr.caprse.(*)..").should().beFreeOfCycles();

    static final ArchRule noCyclesInsideDomain = slices().matching("fr.caprse.domain.(*)..").should().beFreeOfCycles();

    @Test
    void domainIsPure() {
        domainIsPure.check(classes);
    }

    @Test
    void onlyUiAndAppTouchJavaFx() {
        onlyUiAndAppTouchJavaFx.check(classes);
    }

    @Test
    void cliNeverReachesUi() {
        cliNeverReachesUi.check(classes);
    }

    @Test
    void adaptersDoNotReachOutward() {
        adaptersDoNotReachOutward.check(classes);
    }

    @Test
    void uiAndCliReachAdaptersOnlyThroughApplication() {
        uiAndCliReachAdaptersOnlyThroughApplication.check(classes);
    }

    @Test
    void applicationDoesNotReachOutward() {
        applicationDoesNotReachOutward.check(classes);
    }

    @Test
    void openAssessmentPagesGoThroughTheirUseCase() {
        openAssessmentPagesGoThroughTheirUseCase.check(classes);
    }

    @Test
    void poiStaysInExcel() {
        poiStaysInExcel.check(classes);
    }

    @Test
    void yamlStaysInYaml() {
        yamlStaysInYaml.check(classes);
    }

    @Test
    void jdbcStaysInStorage() {
        jdbcStaysInStorage.check(classes);
    }

    @Test
    void noCyclesBetweenPackages() {
        noCyclesBetweenPackages.check(classes);
    }

    @Test
    void noCyclesInsideDomain() {
        noCyclesInsideDomain.check(classes);
    }

    @Test
    void architectureRulesCatchAViolation() {
        JavaClasses offender = new ClassFileImporter().importClasses(DomainOffender.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> noClasses().that().haveSimpleName("DomainOffender")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..").check(offender))
                .isInstanceOf(AssertionError.class).hasMessageContaining("javafx");
        JavaClasses shortcut = new ClassFileImporter().importClasses(ViewShortcut.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> noClasses().that().haveSimpleName("ViewShortcut")
                .should().dependOnClassesThat().resideInAnyPackage("fr.caprse.storage..").check(shortcut))
                .isInstanceOf(AssertionError.class).hasMessageContaining("fr.caprse.storage.Database");
        JavaClasses page = new ClassFileImporter().importClasses(PageShortcut.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> noClasses().that().haveSimpleName("PageShortcut")
                .should().dependOnClassesThat().areAssignableTo(fr.caprse.application.Workspace.class).check(page))
                .isInstanceOf(AssertionError.class).hasMessageContaining("fr.caprse.application.Workspace");
    }

    /** A page that reads the store itself instead of through its use case, to prove that rule fails when it should. */
    static final class PageShortcut {
        fr.caprse.application.Workspace workspace;
    }

    /** A view that goes to the database round the application layer, to prove that rule fails when it should. */
    static final class ViewShortcut {
        fr.caprse.storage.Database database;
    }

    /** A class that breaks the domain rule, to prove a rule fails when it should. */
    static final class DomainOffender {
        javafx.scene.control.Label label;
    }
}
