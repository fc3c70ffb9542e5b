package fr.caprse.ui.home;

import fr.caprse.application.SourcedQuestionnaire;
import fr.caprse.application.Workspace;
import fr.caprse.ui.common.AppServices;
import fr.caprse.ui.profile.OrganisationProfileViewModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Starting an assessment: the organisation (an existing one, whose profile fills the form, or a new
 * one), the period, the questionnaire (built in or a file of the user's), and the start itself, which
 * saves the organisation and its new assessment together in the background.
 */
public final class NewAssessmentViewModel {

    private final AppServices services;
    private final ObservableList<Workspace.OrganisationEntry> organisations = FXCollections.observableArrayList();
    private final ObjectProperty<Workspace.OrganisationEntry> organisation = new SimpleObjectProperty<>();
    private final OrganisationProfileViewModel profile;
    private final StringProperty period = new SimpleStringProperty();
    private final ObservableList<SourcedQuestionnaire> questionnaires = FXCollections.observableArrayList();
    private final ObjectProperty<SourcedQuestionnaire> questionnaire = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canStart;

    public NewAssessmentViewModel(AppServices services, List<Workspace.OrganisationEntry> existing) {
        this.services = services;
        this.profile = new OrganisationProfileViewModel(services.i18n());
        organisations.add(null);     // "a new organisation"
        organisations.addAll(existing);
        organisation.addListener((o, a, chosen) -> {
            if (chosen != null) {
                profile.load(chosen.organisation());
            }
        });
        period.set(String.valueOf(LocalDate.now(services.clock()).getYear()));
        questionnaires.setAll(services.questionnaires().builtIns());
        questionnaires.stream().filter(e -> e.questionnaire().id().equals("rse-rso")).findFirst()
                .or(() -> questionnaires.stream().findFirst()).ifPresent(questionnaire::set);
        canStart = Bindings.createBooleanBinding(() -> profile.valid().get() && questionnaire.get() != null
                        && period.get() != null && !period.get().isBlank() && !busy.get(),
                profile.valid(), questionnaire, period, busy);
    }

    /** Reads a questionnaire file of the user's in the background and chooses it; {@code failed} says why not. */
    public void openQuestionnaire(Path file, Consumer<Throwable> failed) {
        services.tasks().run(p -> services.questionnaires().open(file), entry -> {
            questionnaires.add(entry);
            questionnaire.set(entry);
        }, failed);
    }

    /** Saves the organisation and its new assessment in one go, then hands the assessment to {@code started}. */
    public void start(Consumer<Workspace.AssessmentEntry> started, Consumer<Throwable> failed) {
        if (!canStart.get()) {
            return;
        }
        var chosenOrganisation = profile.toOrganisation();
        Long organisationId = organisation.get() == null ? null : organisation.get().id();
        SourcedQuestionnaire chosen = questionnaire.get();
        String chosenPeriod = period.get().trim();
        busy.set(true);
        services.tasks().run(p -> fr.caprse.application.assessment.StartAssessment.start(services.workspace(),
                        organisationId, chosenOrganisation, chosenPeriod, chosen),
                entry -> {
                    busy.set(false);
                    started.accept(entry);
                }, failure -> {
                    busy.set(false);
                    failed.accept(failure);
                });
    }

    public ObservableList<Workspace.OrganisationEntry> organisations() {
        return FXCollections.unmodifiableObservableList(organisations);
    }

    public ObjectProperty<Workspace.OrganisationEntry> organisationProperty() {
        return organisation;
    }

    public OrganisationProfileViewModel profile() {
        return profile;
    }

    public StringProperty periodProperty() {
        return period;
    }

    public ObservableList<SourcedQuestionnaire> questionnaires() {
        return FXCollections.unmodifiableObservableList(questionnaires);
    }

    public ObjectProperty<SourcedQuestionnaire> questionnaireProperty() {
        return questionnaire;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canStart() {
        return canStart;
    }
}
