package fr.caprse.excel;

/**
 * A workbook that is not a Cap RSE report at all (no {@code meta} sheet, or another format in it), as
 * opposed to a report with a problem: a caller that reads several kinds of workbook tries the next kind.
 */
public final class NotAReportException extends ReportReadException {

    private static final long serialVersionUID = 1L;

    public NotAReportException(String message) {
        super(message);
    }
}
