package fr.caprse.excel;

import fr.caprse.domain.assessment.LegalForm;
import fr.caprse.domain.assessment.OrganisationSize;
import fr.caprse.domain.questionnaire.Option;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.Questionnaire;
import java.util.List;
import java.util.Locale;

/**
 * The words a form shows in its drop-down lists, in one language: maturity levels ("2 – Structuré"),
 * option labels, yes/no, "not applicable", the tick, sizes and legal forms. The writer puts them in the
 * cells; the reader recognises them in French and in English (and the codes too).
 */
final class FormLabels {

    private final Questionnaire questionnaire;
    private final ReportTexts texts;

    FormLabels(Questionnaire questionnaire, Locale locale) {
        this.questionnaire = questionnaire;
        this.texts = new ReportTexts(locale, FormWriter.BUNDLE);
    }

    ReportTexts texts() {
        return texts;
    }

    String language() {
        return texts.language();
    }

    /** "2 – Structuré": the number first, so a person who types 2 sees what it means. */
    String level(int level) {
        String label = questionnaire.scale().level(level).label().get(language());
        return label.isBlank() ? Integer.toString(level) : level + " – " + label;
    }

    List<String> levels() {
        return java.util.stream.IntStream.rangeClosed(0, questionnaire.scale().highest()).mapToObj(this::level).toList();
    }

    String option(Question question, Option option) {
        String label = option.label().get(language());
        return label.isBlank() ? option.id() : label.strip();
    }

    List<String> options(Question question) {
        return question.options().stream().map(o -> option(question, o)).toList();
    }

    String na() {
        return texts.get("form.na");
    }

    String tick() {
        return texts.get("form.tick");
    }

    String none() {
        return texts.get("form.none");
    }

    String yes() {
        return texts.get("form.yes");
    }

    String no() {
        return texts.get("form.no");
    }

    String size(OrganisationSize size) {
        return texts.app("size." + size.code());
    }

    List<String> sizes() {
        return java.util.Arrays.stream(OrganisationSize.values()).map(this::size).toList();
    }

    String legalForm(String code) {
        return texts.app("legal-form." + code);
    }

    List<String> legalForms() {
        return LegalForm.CODES.stream().map(this::legalForm).toList();
    }

    /** The label shown for a code of an organisation field that has a list (size, legal form); else the code. */
    String orgValue(String field, String code) {
        return switch (field) {
            case "size" -> OrganisationSize.fromCode(code).map(this::size).orElse(code);
            case "legal_form" -> LegalForm.isKnown(code) ? legalForm(LegalForm.normalise(code)) : code;
            default -> code;
        };
    }

    /** The label of a profile field ("Nombre de salariés"). */
    String profileField(String field) {
        return texts.get("form.profile." + field);
    }
}
