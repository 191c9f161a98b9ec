package org.majlis.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.majlis.seed.SecondReport;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A meeting of two sources in every export (issue 24): one CSV row with both documents, each quote with its own, and
 * the status they disagree on; the second document's annotations link its quotes to the same meeting.
 */
@QuarkusTest
@TestProfile(SecondReport.class)
class ExportsOfASecondReportTest {

    static final String ARTICLE = "Document:000_de159ab6a08af78c";

    @Test
    void everyRowsQuotesStandInTheirOwnDocuments() throws Exception {
        ExportsTest.checkClaimsCsv();
    }

    @Test
    void theMeetingIsOneCsvRowWithBothSourcesAndWhereTheyDisagree() throws Exception {
        CSVRecord row = csvRow(SecondReport.MEETING);
        assertEquals("2", row.get("source_count"));
        assertEquals(ARTICLE + "; " + SecondReport.DOCUMENT, row.get("document_id"));
        assertEquals("Al-Araby Al-Jadeed; Example News", row.get("source"));
        assertEquals("2024-05-13; 2023-08-23", row.get("published_on"));
        assertEquals(String.join("; ", ARTICLE, ARTICLE, SecondReport.DOCUMENT, SecondReport.DOCUMENT, SecondReport.DOCUMENT),
                row.get("quote_document_ids"));
        assertEquals("status: REPORTED (" + ARTICLE + "); ALLEGED (" + SecondReport.DOCUMENT + ")", row.get("disagreements"));
        assertEquals("2023-08", row.get("date"), "the row's fields are the meeting's own, never one chosen among sources");
    }

    @Test
    void theSecondReportsAnnotationsLinkItsQuotesToTheSameMeeting() throws Exception {
        String text = ServedData.texts().get(SecondReport.DOCUMENT);
        List<String> bodies = ExportsTest.checkAnnotations("second-report", text).stream().map(annotation -> annotation
                .getJsonArray("http://www.w3.org/ns/oa#hasBody").getJsonObject(0).getString("@id")).toList();
        assertEquals(List.of("urn:majlis:" + SecondReport.MEETING), bodies.stream().filter(b -> b.contains(":Meeting:"))
                .distinct().toList());
        assertEquals(3, bodies.stream().filter(b -> b.contains(":Meeting:")).count());
        assertEquals(1, bodies.stream().filter(b -> b.contains(":Statement:second-report.")).count(),
                "the statement the second report adds to the meeting: " + bodies);
    }

    private static CSVRecord csvRow(String claim) throws Exception {
        try (CSVParser csv = CSVParser.parse(ExportsTest.download("/exports/claims.csv", "text/csv", "majlis-claims.csv")
                .asString(), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return csv.stream().filter(r -> r.get("claim_id").equals(claim)).findFirst().orElseThrow();
        }
    }
}
