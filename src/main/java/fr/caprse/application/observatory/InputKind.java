package fr.caprse.application.observatory;

/** The kinds of file an observatory consolidates. */
public enum InputKind {
    /** A Cap RSE Excel report ({@code cap-rse/report@1}). */
    REPORT("report"),
    /** A blank Excel form, filled in by the organisation. */
    FORM("form"),
    /** A portable assessment file ({@code .rse.json}). */
    ASSESSMENT_FILE("rse.json"),
    /** EFRAG's VSME Digital Template, filled in (read into {@code vsme-basic}). */
    VSME_TEMPLATE("vsme");

    private final String code;

    InputKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
