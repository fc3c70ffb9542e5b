package fr.caprse.ui.profile;

import fr.caprse.application.task.BackgroundTask;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.ui.common.AppServices;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The profile page of an open assessment: the form, filled with the organisation as this assessment
 * knows it, and saving it (the organisation and this period's copy of its profile, in the order of the
 * assessment's other saves).
 */
public final class ProfilePageViewModel {

    private final AppServices services;
    private final long assessmentId;
    private final OrganisationProfileViewModel form;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canSave;

    public ProfilePageViewModel(AppServices services, long assessmentId, Organisation organisation) {
        this.services = services;
        this.assessmentId = assessmentId;
        this.form = new OrganisationProfileViewModel(services.i18n());
        form.load(organisation);
        canSave = form.valid().and(saving.not());
    }

    /** Saves the profile in the background; {@code saved} gets the organisation once it is on disk. */
    public void save(Consumer<Organisation> saved, Consumer<Throwable> failed) {
        if (!canSave.get()) {
            return;
        }
        Organisation organisation = form.toOrganisation();
        saving.set(true);
        BackgroundTask.ofAction(p -> services.workspace().saveProfile(assessmentId, organisation))
                .inOrderOf(BackgroundTask.assessment(assessmentId))
                .onSuccess(done -> {
                    saving.set(false);
                    saved.accept(organisation);
                })
                .onFailure(failure -> {
                    saving.set(false);
                    failed.accept(failure);
                })
                .executeWith(services.tasks());
    }

    public OrganisationProfileViewModel form() {
        return form;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public BooleanBinding canSave() {
        return canSave;
    }
}
