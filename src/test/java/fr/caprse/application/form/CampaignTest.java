package fr.caprse.application.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caprse.application.BadInputException;
import fr.caprse.application.QuestionnaireSource;
import fr.caprse.application.SourcedQuestionnaire;
import fr.caprse.domain.assessment.LegalForm;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.OrganisationSize;
import fr.caprse.domain.questionnaire.Questionnaire;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A campaign of 50 organisations written from a list as Excel saves it in French, and checked form by form. */
class CampaignTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneId.of("Europe/Paris"));
    private static final QuestionnaireSource SOURCE = QuestionnaireSource.withoutDatabase();
    private static final Questionnaire EXPRESS = SOURCE.builtIns().stream().map(SourcedQuestionnaire::questionnaire)
            .filter(q -> q.id().equals("rse-express")).findFirst().orElseThrow();

    @TempDir
    Path temp;

    /** Fifty organisations, every column used, semicolons, a byte-order mark, names with commas and quotes. */
    private Path fiftyOrganisations(List<Organisation> expected) throws Exception {
        StringBuilder csv = new StringBuilder("\uFEFFnom;siren;secteur;taille;salariés;forme_juridique;territoire;ess;courriel\r\n");
        OrganisationSize[] sizes = OrganisationSize.values();
        for (int i = 1; i <= 50; i++) {
            String name = i % 7 == 0 ? "Boulangerie \"Au pain\", n° " + i : "Organisation " + i + " de l’Aude";
            String id = i % 10 == 0 ? "" : String.format("%09d", 800_000_000 + i);
            OrganisationSize size = sizes[i % sizes.length];
            String legalForm = LegalForm.CODES.get(i % LegalForm.CODES.size());
            int employees = i * 3;
            boolean ess = i % 2 == 0;
            String sizeText = i % 3 == 0 ? size.code().toUpperCase(Locale.ROOT) : size.code();
            csv.append(name.contains(",") || name.contains("\"") ? "\"" + name.replace("\"", "\"\"") + "\"" : name).append(';')
                    .append(id).append(';').append("56.10A").append(';').append(sizeText).append(';').append(employees)
                    .append(';').append(legalForm).append(';').append("Occitanie").append(';').append(ess ? "oui" : "non")
                    .append(';').append("contact").append(i).append("@example.org\r\n");
            expected.add(new Organisation(name, id.isEmpty() ? null : id, "56.10A", size, employees, legalForm, "Occitanie", ess));
        }
        Path list = temp.resolve("orgs.csv");
        Files.writeString(list, csv, StandardCharsets.UTF_8);
        return list;
    }

    @Test
    void fiftyFormsEachWithItsProfileAndItsOwnReturnCode() throws Exception {
        List<Organisation> expected = new ArrayList<>();
        Path list = fiftyOrganisations(expected);
        Path folder = temp.resolve("forms");
        FormFiles files = new FormFiles(SOURCE, CLOCK);
        List<Campaign.Written> written = Campaign.write(files, EXPRESS, OrganisationList.read(list), "2026", Locale.FRENCH, folder);

        assertThat(written).hasSize(50);
        try (Stream<Path> inFolder = Files.list(folder)) {
            assertThat(inFolder.map(p -> p.getFileName().toString()))
                    .as("50 forms and the list, no temporary folder left").hasSize(51).contains(Campaign.LIST_FILE);
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            Campaign.Written form = written.get(i);
            assertThat(form.returnCode()).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
            assertThat(codes.add(form.returnCode())).as("codes are unique").isTrue();
            FormFiles.Filled back = files.read(form.file(), SOURCE.lookup(null));
            assertThat(back.form()).isTrue();
            assertThat(back.returnCode()).isEqualTo(form.returnCode());
            assertThat(back.assessment().organisation()).isEqualTo(expected.get(i));
            assertThat(back.assessment().period()).isEqualTo("2026");
            assertThat(back.assessment().answers()).isEmpty();
        }
        List<String> lines = Files.readAllLines(folder.resolve(Campaign.LIST_FILE), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(51);
        assertThat(lines.get(0)).isEqualTo("\uFEFFname,id,sector,size,employees,legal_form,territory,ess,email,return_code,file");
        assertThat(lines.get(7)).startsWith("\"Boulangerie \"\"Au pain\"\", n° 7\",800000007,56.10A,")
                .contains("," + written.get(6).returnCode() + "," + written.get(6).file().getFileName());
        // written again, the same codes: aggregate and the organisations keep them
        List<Campaign.Written> again = Campaign.write(files, EXPRESS, OrganisationList.read(list), "2026", Locale.FRENCH,
                temp.resolve("again"));
        assertThat(again.stream().map(Campaign.Written::returnCode).toList())
                .isEqualTo(written.stream().map(Campaign.Written::returnCode).toList());
    }

    @Test
    void aListWithProblemsSaysEachLineAndWritesNothing() throws Exception {
        Path list = temp.resolve("orgs.csv");
        Files.writeString(list, "name,size,employees,legal_form\nAtelier,tiny,12,scop\n,small,3,company\nFerme,small,douze,kolkhoze\n");
        assertThatThrownBy(() -> OrganisationList.read(list)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("orgs.csv: line 2, column size: \"tiny\" is not a size")
                .hasMessageContaining("orgs.csv: line 3: no organisation name")
                .hasMessageContaining("orgs.csv: line 4, column employees: \"douze\" is not a whole number")
                .hasMessageContaining("orgs.csv: line 4, column legal_form: \"kolkhoze\" is not a legal form");
    }

    @Test
    void theSameOrganisationTwiceIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path list = temp.resolve("orgs.csv");
        Files.writeString(list, "name,id\nAtelier,812345678\nAtelier bis,812 345 678\n");
        Path folder = temp.resolve("forms");
        assertThatThrownBy(() -> Campaign.write(new FormFiles(SOURCE, CLOCK), EXPRESS, OrganisationList.read(list), null,
                Locale.FRENCH, folder)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("line 3: Atelier bis would get the return code").hasMessageContaining("of line 2");
        assertThat(folder).doesNotExist();
    }

    @Test
    void aListWithoutANameColumnIsRefused() throws Exception {
        Path list = temp.resolve("orgs.csv");
        Files.writeString(list, "organisation_size,id\nsmall,1\n");
        assertThatThrownBy(() -> OrganisationList.read(list)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("line 1: no column \"name\"");
    }
}
