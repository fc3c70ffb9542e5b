package fr.caprse.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import org.junit.jupiter.api.Test;

/** The hand-written scanner gives the events a general XML parser gives, and refuses what it refuses. */
class StreamedXmlTest {

    /** The events as text: {@code <name r=…>}, {@code </name>}, {@code "text"} (text split by a parser joined). */
    private static List<String> events(StreamedXml xml) throws ReportReadException {
        List<String> events = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int event = xml.next(); event != StreamedXml.EOF; event = xml.next()) {
            if (event == StreamedXml.TEXT) {
                text.append(xml.text());
                continue;
            }
            if (!text.toString().isBlank()) {
                events.add("\"" + text + "\"");
            }
            text.setLength(0);
            if (event == StreamedXml.START) {
                events.add("<" + xml.name() + (xml.attribute("r") == null ? "" : " r=" + xml.attribute("r"))
                        + (xml.attribute("t") == null ? "" : " t=" + xml.attribute("t")) + ">");
            } else {
                events.add("</" + xml.name() + ">");
            }
        }
        return events;
    }

    private static List<String> scanned(String xml) throws ReportReadException {
        return events(StreamedXml.scanner(xml.getBytes(StandardCharsets.UTF_8), "f.xlsx"));
    }

    private static List<String> parsed(String xml) throws Exception {
        XMLInputFactory factory = org.apache.poi.util.XMLHelper.newXMLInputFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        return events(StreamedXml.stax(factory.createXMLStreamReader(new ByteArrayInputStream(
                xml.getBytes(StandardCharsets.UTF_8))), "f.xlsx"));
    }

    @Test
    void givesTheEventsOfAGeneralParser() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><!-- a note -->"
                + "<x:sheetData><x:row r=\"1\"><x:c r='A1' t=\"s\"><x:v>12</x:v></x:c><x:c r=\"B1\" t=\"inlineStr\">"
                + "<x:is><x:t xml:space=\"preserve\">Été &amp; hiver &lt;3 &#233;&#x20AC; </x:t></x:is></x:c>"
                + "<x:c r=\"C1\"/><x:c r=\"D1\"><x:v><![CDATA[a<b & c]]></x:v></x:c></x:row></x:sheetData></x:worksheet>";

        List<String> scanned = scanned(xml);

        assertThat(scanned).containsExactly("<worksheet>", "<sheetData>", "<row r=1>", "<c r=A1 t=s>", "<v>", "\"12\"",
                "</v>", "</c>", "<c r=B1 t=inlineStr>", "<is>", "<t>", "\"Été & hiver <3 é€ \"", "</t>", "</is>", "</c>",
                "<c r=C1>", "</c>", "<c r=D1>", "<v>", "\"a<b & c\"", "</v>", "</c>", "</row>", "</sheetData>",
                "</worksheet>");
        assertThat(scanned).isEqualTo(parsed(xml));
    }

    @Test
    void refusesDocumentTypesAndUndeclaredEntities() {
        assertThatThrownBy(() -> scanned("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<a>&x;</a>")).isInstanceOf(ReportReadException.class).hasMessageContaining("declares entities");
        assertThatThrownBy(() -> scanned("<a><v>&x;</v></a>")).isInstanceOf(ReportReadException.class)
                .hasMessageContaining("declares entities");
    }

    @Test
    void refusesWhatIsNotWellFormed() {
        for (String xml : List.of("<a><b></a></b>", "<a>", "<a></a><b></b>", "", "<a><b attr=\"x></a>", "<a>&#xZZ;</a>")) {
            assertThatThrownBy(() -> scanned(xml)).as(xml).isInstanceOf(ReportReadException.class)
                    .hasMessageContaining("damaged or incomplete workbook");
        }
    }

    @Test
    void leavesOtherEncodingsToTheGeneralParser() {
        assertThat(StreamedXml.scanner("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>"
                .getBytes(StandardCharsets.ISO_8859_1), "f.xlsx")).isNull();
        assertThat(StreamedXml.scanner(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '<'}, "f.xlsx")).isNull();
        assertThat(StreamedXml.scanner("<?xml version='1.0' encoding='utf-8'?><a/>"
                .getBytes(StandardCharsets.UTF_8), "f.xlsx")).isNotNull();
    }
}
