package fr.caprse.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static final LocalDate IDES = LocalDate.of(2027, 3, 15);

    @Test
    void aFrenchScreenShowsDayMonthYear() {
        assertThat(Dates.format(IDES, Locale.FRENCH)).isEqualTo("15/03/2027");
        assertThat(Dates.format(IDES, Locale.ENGLISH)).isEqualTo("15 Mar 2027");
    }

    @Test
    void datesAreReadAsPeopleOfEachLanguageWriteThem() {
        assertThat(Dates.parse("15/03/2027", Locale.FRENCH)).contains(IDES);
        assertThat(Dates.parse("15/3/27", Locale.FRENCH)).contains(IDES);
        assertThat(Dates.parse(" 15.03.2027 ", Locale.FRENCH)).contains(IDES);
        assertThat(Dates.parse("2027-03-15", Locale.FRENCH)).contains(IDES);
        assertThat(Dates.parse("15 mar 2027", Locale.ENGLISH)).contains(IDES);
        assertThat(Dates.parse("March 15, 2027", Locale.ENGLISH)).contains(IDES);
        assertThat(Dates.parse("15/03/2027", Locale.ENGLISH)).contains(IDES);
    }

    @Test
    void aDateThatDoesNotExistIsRefusedNotMovedToAnotherDay() {
        assertThat(Dates.parse("31/02/2027", Locale.FRENCH)).isEmpty();
        assertThat(Dates.parse("3/15/2027", Locale.FRENCH)).isEmpty();
        assertThat(Dates.parse("demain", Locale.FRENCH)).isEmpty();
    }
}
