package fr.caprse.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as people of each interface language write them: 15/03/2027 in French; 15 Mar 2027 in English.
 * Reading also takes the short forms (15/3/27, 15.03.2027) and 2027-03-15; a date that does not exist
 * (31/02/2027) is refused, never moved to another day.
 */
public final class Dates {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);

    private Dates() {
    }

    /** The date as it is shown in {@code locale}'s language. */
    public static String format(LocalDate date, Locale locale) {
        return date == null ? "" : shown(locale).format(date);
    }

    /** The date typed, when it is one; empty text is no date. */
    public static Optional<LocalDate> parse(String typed, Locale locale) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.trim().replaceAll("\\s+", " ");
        for (DateTimeFormatter format : readable(locale)) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return Optional.empty();
    }

    /** How a date is written in this language, for the message under a date that was not understood. */
    public static String example(Locale locale) {
        return format(LocalDate.of(2027, 3, 15), locale);
    }

    private static DateTimeFormatter shown(Locale locale) {
        return isEnglish(locale) ? DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH)
                : DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.FRENCH);
    }

    private static List<DateTimeFormatter> readable(Locale locale) {
        List<DateTimeFormatter> dayFirst = List.of(strict("d/M/uuuu", locale), strict("d/M/uu", locale),
                strict("d.M.uuuu", locale), strict("d-M-uuuu", locale), ISO);
        if (!isEnglish(locale)) {
            return dayFirst;
        }
        List<DateTimeFormatter> english = new java.util.ArrayList<>(List.of(strict("d MMM uuuu", Locale.ENGLISH),
                strict("d MMMM uuuu", Locale.ENGLISH), strict("MMM d, uuuu", Locale.ENGLISH), strict("MMMM d, uuuu", Locale.ENGLISH)));
        english.addAll(dayFirst);
        return english;
    }

    private static DateTimeFormatter strict(String pattern, Locale locale) {
        return new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(locale).withResolverStyle(ResolverStyle.STRICT);
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
