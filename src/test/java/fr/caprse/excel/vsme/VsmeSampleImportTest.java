package fr.caprse.excel.vsme;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** EFRAG's own sample (the template filled with EFRAG's sample data) reads into vsme-basic answers. */
class VsmeSampleImportTest {

    static Path sample() throws URISyntaxException {
        return Path.of(VsmeSampleImportTest.class.getResource("/vsme/VSME-Digital-Template-Sample-1.3.0.xlsx").toURI());
    }

    static Questionnaire vsmeBasic() {
        return BuiltInQuestionnaires.byId("vsme-basic").orElseThrow();
    }

    @Test
    void printsWhatTheSampleGives() throws Exception {
        VsmeTemplateReader.Result result = new VsmeTemplateReader().read(sample(), vsmeBasic());
        result.answers().forEach((k, v) -> System.out.println(k + " = " + v));
        result.notCarried().forEach(n -> System.out.println("NC " + n));
        result.warnings().forEach(n -> System.out.println("W " + n));
        System.out.println(result.organisationName() + " " + result.period() + " " + result.templateVersion());
    }
}
