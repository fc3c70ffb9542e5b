package fr.caprse.ui.walkthrough;

/**
 * The digit keys of an option list. Options 1 to 9 take one digit; from 10 on, two digits typed one
 * after the other (within {@link #WAIT_MILLIS} ms) pick the option with that number, and the number is
 * shown beside each option.
 */
final class OptionKeys {

    /** How long a first digit waits for a second one when options go beyond 9. */
    static final int WAIT_MILLIS = 700;

    private OptionKeys() {
    }

    /** True when {@code digit} may be the first of a two-digit option number among {@code count} options. */
    static boolean mayStartTwoDigits(int digit, int count) {
        return digit >= 1 && digit * 10 <= count;
    }

    /** The text of option number {@code number}: its key, then its label. */
    static String label(int number, String text) {
        return number + " · " + text;
    }
}
