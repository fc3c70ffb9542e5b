package fr.caprse.ui.profile;

import fr.caprse.application.task.BackgroundTask;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.ui.common.AppServices;
import java.util.function.Consumer;
import java.util.function.Function;
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
    private final Function<Organisation, BackgroundTask<Void>> saving;
    private final OrganisationProfileViewModel form;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canSave;

    /**
     * @param saving the open assessment's profile save ({@code OpenAssessment.saveProfile}): in the order of
     *               its other saves, its failure saying whose profile could not be saved
     */
    public ProfilePageViewModel(AppServices services, Function<Organisation, BackgroundTask<Void>> saving,
                                Organisation organisation) {
        this.services = services;
        this.saving = saving;
        this.form = new OrganisationProfileViewModel(services.i18n());
        form.load(organisation);
        canSave = form.valid().and(busy.not());
    }

    /** Saves the profile in the background; {@code saved} gets the organisation once it is on disk. */
    public void save(Consumer<Organisation> saved, Consumer<Throwable> failed) {
        if (!canSave.get()) {
            return;
        }
        Organisation organisation = form.toOrganisation();
        busy.set(true);
        saving.apply(organisation)
                .onSuccess(done -> {
                    busy.set(false);
                    saved.accept(organisation);
                })
                .onFailure(failure -> {
                    busy.set(false);
                    failed.accept(failure);
                })
                .executeWith(services.tasks());
    }

    public OrganisationProfileViewModel form() {
        return form;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canSave() {
        return canSave;
    }
}
