package fr.caprse.excel;

/**
 * A machine-readable sheet as records: a header row of column names, then one record per non-empty
 * row. The same reading rules whether the sheet was loaded whole ({@link SheetTable}) or streamed
 * ({@link StreamedSheet}): columns found by name, cells as stored, formulas and error values refused.
 */
interface Records {

    /** How many records (non-empty rows under the header). */
    int size();

    /** Whether the header row has this column. */
    boolean has(String column);

    /** The cell's content as text exactly as stored, or null when empty or the column is absent. */
    String text(int record, String column) throws ReportReadException;

    /** {@code data!D14}: where a cell is, as a person finds it in the spreadsheet. */
    String where(int record, String column);

    /** The file, as named in messages. */
    String file();

    /** Like {@link #text} with surrounding spaces removed (ids, codes, numbers). */
    default String token(int record, String column) throws ReportReadException {
        String text = text(record, column);
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** A yes/no cell; {@code context} (" (question x)") goes into the message when it is neither. */
    default Boolean bool(int record, String column, String context) throws ReportReadException {
        String token = token(record, column);
        if (token == null) {
            return null;
        }
        Boolean value = SheetTable.yesNo(token);
        if (value == null) {
            throw new ReportReadException(file() + ": " + where(record, column) + context + ": \"" + token
                    + "\" is not true or false");
        }
        return value;
    }

    /** An error at a cell: {@code FILE: data!D14 (question x): message} or {@code FILE: data!A3: message}. */
    default ReportReadException error(int record, String column, String message) {
        return new ReportReadException(file() + ": " + where(record, column) + (message.startsWith("(") ? " " : ": ")
                + message);
    }
}
