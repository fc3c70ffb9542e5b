package fr.caprse.excel.vsme;

import java.io.IOException;
import java.io.InputStream;

/**
 * EFRAG's VSME Digital Template, shipped inside the application (MIT licence, notice in
 * {@code LICENSE-EFRAG.txt} beside it): the blank workbook the export fills in.
 */
public final class VsmeTemplate {

    /** The version of the shipped template, as its Introduction sheet states it. */
    public static final String VERSION = "1.3.0";
    /** The file name of the shipped template. */
    public static final String FILE = "VSME-Digital-Template-" + VERSION + ".xlsx";
    /** The licence notice that goes with it. */
    public static final String LICENCE = "LICENSE-EFRAG.txt";

    /** Names the template uses for its own metadata (not XBRL datapoints). */
    static final String VERSION_NAME = "template_reporting_template_version";
    static final String ENTITY_NAME = "template_reporting_entity_name";
    static final String IDENTIFIER_SCHEME = "template_reporting_entity_identifier_scheme";
    static final String IDENTIFIER = "template_reporting_entity_identifier";
    static final String CURRENCY = "template_currency";
    static final String PERIOD_START = "template_reporting_period_startdate";
    static final String PERIOD_END = "template_reporting_period_enddate";
    static final String NACE_LIST = "enum_ListNACETechnicalName";
    static final String COUNTRY_LIST = "enum_ListCountriesName";

    private VsmeTemplate() {
    }

    /** The blank template's bytes, to be closed by the caller. */
    public static InputStream open() throws IOException {
        return resource(FILE);
    }

    /** The licence notice of the template (MIT, EFRAG). */
    public static InputStream licence() throws IOException {
        return resource(LICENCE);
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = VsmeTemplate.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is missing from the application");
        }
        return in;
    }
}
