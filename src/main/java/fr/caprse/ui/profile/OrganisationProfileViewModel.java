package fr.caprse.ui.profile;

import fr.caprse.domain.assessment.LegalForm;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.OrganisationSize;
import fr.caprse.domain.assessment.Sector;
import fr.caprse.i18n.I18n;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The organisation profile form: its fields, and what is wrong with each of them (empty when fine).
 * The view shows the messages beside the fields; {@link #valid()} enables the save button.
 */
public final class OrganisationProfileViewModel {

    private final ObjectProperty<I18n> i18n;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty registryId = new SimpleStringProperty("");
    private final StringProperty sector = new SimpleStringProperty("");
    private final ObjectProperty<OrganisationSize> size = new SimpleObjectProperty<>();
    private final StringProperty employees = new SimpleStringProperty("");
    private final StringProperty legalForm = new SimpleStringProperty();
    private final StringProperty territory = new SimpleStringProperty("");
    private final BooleanProperty ess = new SimpleBooleanProperty();

    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sectorError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper employeesError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sizeWarning = new ReadOnlyStringWrapper("");
    private final BooleanBinding valid;
    private OrganisationSize autoSize;
    /** Legal forms of the social and solidarity economy (ESS): choosing one ticks the ESS box for the user. */
    static final java.util.Set<String> ESS_FORMS = java.util.Set.of("association", "scop", "scic", "cooperative", "mutual");
    private final ReadOnlyStringWrapper essHint = new ReadOnlyStringWrapper("");
    private boolean essTouched;
    private boolean loading;

    public OrganisationProfileViewModel(ObjectProperty<I18n> i18n) {
        this.i18n = i18n;
        name.addListener((o, a, b) -> validate());
        sector.addListener((o, a, b) -> validate());
        employees.addListener((o, a, b) -> {
            validate();
            suggestSize();
        });
        size.addListener((o, a, b) -> validate());
        i18n.addListener((o, a, b) -> validate());
        legalForm.addListener((o, a, form) -> suggestEss(form));
        ess.addListener((o, a, b) -> {
            if (!loading) {
                essTouched = true;
                essHint.set("");
            }
        });
        valid = Bindings.createBooleanBinding(
                () -> nameError.get().isEmpty() && sectorError.get().isEmpty() && employeesError.get().isEmpty(),
                nameError, sectorError, employeesError);
        validate();
    }

    public void load(Organisation organisation) {
        loading = true;
        name.set(organisation.name());
        registryId.set(nullToEmpty(organisation.registryId()));
        sector.set(nullToEmpty(organisation.sector()));
        size.set(organisation.size());
        employees.set(organisation.employees() == null ? "" : organisation.employees().toString());
        legalForm.set(organisation.legalForm());
        territory.set(nullToEmpty(organisation.territory()));
        ess.set(Boolean.TRUE.equals(organisation.ess()));
        loading = false;
        essTouched = organisation.ess() != null;
        essHint.set("");
    }

    /**
     * A cooperative, a mutual or an association is part of the ESS by law: choosing one of these forms
     * ticks the box (and says why), unless the user has already set it.
     */
    private void suggestEss(String form) {
        if (loading || essTouched || form == null || !ESS_FORMS.contains(form)) {
            return;
        }
        loading = true;
        ess.set(true);
        loading = false;
        essHint.set(i18n.get().get("profile.ess.suggested"));
    }

    /** Why the ESS box was ticked for the user, empty when it was not. */
    public ReadOnlyStringProperty essHintProperty() {
        return essHint.getReadOnlyProperty();
    }

    /** The organisation described by the form; only call when {@link #valid()} holds. */
    public Organisation toOrganisation() {
        if (!valid.get()) {
            throw new IllegalStateException("the profile form has errors");
        }
        String count = employees.get().trim();
        return new Organisation(name.get().trim(), registryId.get(), normaliseSector(sector.get()), size.get(),
                count.isEmpty() ? null : Integer.valueOf(count), legalForm.get(), territory.get(), ess.get());
    }

    private void validate() {
        I18n texts = i18n.get();
        nameError.set(name.get() == null || name.get().isBlank() ? texts.get("profile.error.name") : "");
        String code = normaliseSector(sector.get());
        sectorError.set(code.isEmpty() || Sector.isValid(code) ? "" : texts.get("profile.error.sector"));
        String count = employees.get() == null ? "" : employees.get().trim();
        Integer parsed = null;
        if (count.isEmpty()) {
            employeesError.set("");
        } else {
            try {
                parsed = Integer.valueOf(count);
                employeesError.set(parsed < 0 ? texts.get("profile.error.employees") : "");
            } catch (NumberFormatException e) {
                employeesError.set(texts.get("profile.error.employees"));
            }
        }
        sizeWarning.set(parsed != null && size.get() != null && size.get() != sizeFor(parsed)
                ? texts.get("profile.warning.size", texts.get("size." + sizeFor(parsed).code())) : "");
    }

    /** Fills the size from the headcount while the user has not chosen one that differs. */
    private void suggestSize() {
        try {
            int count = Integer.parseInt(employees.get().trim());
            if (count >= 0 && (size.get() == null || size.get() == autoSize)) {
                autoSize = sizeFor(count);
                size.set(autoSize);
            }
        } catch (NumberFormatException e) {
            // not a number yet: the error is shown beside the field
        }
    }

    /** The EU size class of a headcount: micro under 10, small under 50, medium under 250. */
    public static OrganisationSize sizeFor(int employees) {
        if (employees < 10) {
            return OrganisationSize.MICRO;
        }
        if (employees < 50) {
            return OrganisationSize.SMALL;
        }
        return employees < 250 ? OrganisationSize.MEDIUM : OrganisationSize.LARGE;
    }

    /** NACE or NAF as written ("16.23Z", "1623Z"), in its canonical form; anything else as typed. */
    private static String normaliseSector(String code) {
        String typed = code == null ? "" : code.trim();
        return Sector.canonical(typed).orElse(typed);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The codes, and the form written in the profile when it is an alias of one ("SARL"), kept for display. */
    public java.util.List<String> legalForms() {
        String written = legalForm.get();
        if (written == null || LegalForm.isCode(written) || !LegalForm.isKnown(written)) {
            return LegalForm.CODES;
        }
        java.util.List<String> forms = new java.util.ArrayList<>(LegalForm.CODES);
        forms.add(forms.indexOf(LegalForm.code(written).orElseThrow()), written);
        return forms;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty registryIdProperty() {
        return registryId;
    }

    public StringProperty sectorProperty() {
        return sector;
    }

    public ObjectProperty<OrganisationSize> sizeProperty() {
        return size;
    }

    public StringProperty employeesProperty() {
        return employees;
    }

    public StringProperty legalFormProperty() {
        return legalForm;
    }

    public StringProperty territoryProperty() {
        return territory;
    }

    public BooleanProperty essProperty() {
        return ess;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sectorErrorProperty() {
        return sectorError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty employeesErrorProperty() {
        return employeesError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sizeWarningProperty() {
        return sizeWarning.getReadOnlyProperty();
    }

    public BooleanBinding valid() {
        return valid;
    }
}
