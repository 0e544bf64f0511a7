package org.mizan.export.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationUnderline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.io.Anchors;
import org.mizan.model.Analysis;
import org.mizan.model.Claim;
import org.mizan.model.Frame;
import org.mizan.model.Note;
import org.mizan.model.Polarity;
import org.mizan.model.Span;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/** The reader's own notes on passages, and the claims the reader added, in the exported PDF. */
class ReaderNotesPdfTest {

    static final String SHORTAGE = "اتصل بنقابة الأطباء: هل تنقص الأدوية فعلاً؟";
    static final String VISIT = "موعد الزيارة لم يؤكده مكتب المنظمة";

    static Analysis analysis;
    static List<Note> notes;
    static byte[] pdf;

    @BeforeAll
    static void export() throws IOException {
        Analysis base = Fixtures.analysis();
        String text = base.text();
        // a claim the reader marked by hand ("m" ids are the reader's), with no named source
        List<Claim> claims = new ArrayList<>(base.claims());
        Span added = Fixtures.span(text, "المستشفيات (وعددها سبعة) تعمل بكامل طاقتها");
        claims.add(new Claim("m1", added, Optional.empty(), List.of(), new Span(added.start(), added.start()),
                Polarity.AFFIRMED, false, new Frame("عمل", List.of(), List.of(), List.of(), Optional.empty())));
        analysis = new Analysis(base.article(), base.mentions(), base.actors(), base.figures(), claims,
                base.contradictions());
        // given out of text order: the section lists them in text order
        notes = List.of(new Note(Anchors.of(text, Fixtures.span(text, "الأسبوع المقبل")), VISIT),
                new Note(Anchors.of(text, Fixtures.span(text, "نقصاً في الأدوية")), SHORTAGE));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(PdfExportOptions.defaults()).write(analysis, Map.of(), notes, out, null);
        pdf = out.toByteArray();
    }

    @Test
    void eachNoteIsAHighlightOverItsWordsCarryingTheNoteText() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (Note n : notes) {
                List<PDAnnotationHighlight> found = new ArrayList<>();
                PDPage on = null;
                for (PDPage page : doc.getPages()) {
                    for (PDAnnotation a : page.getAnnotations()) {
                        if (a instanceof PDAnnotationHighlight h && n.text().equals(h.getContents())) {
                            found.add(h);
                            on = page;
                        }
                    }
                }
                assertEquals(1, found.size(), n.text());
                assertEquals(PdfExportTest.tokens(n.anchor().exact()),
                        PdfExportTest.tokens(PdfExportTest.textUnder(found.getFirst(), on)), "over its own words");
                assertArrayEquals(Palette.NOTE, found.getFirst().getColor().getComponents(), 0.001f);
                assertTrue(found.getFirst().isPrinted());
            }
        }
    }

    @Test
    void theNotesSectionListsEachNoteBesideItsWordsInTextOrderWithABookmark() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFKC);
            int heading = text.indexOf("ملاحظات القارئ");
            assertTrue(heading > 0, "the section's heading");
            int shortage = text.indexOf(Normalizer.normalize("اتصل بنقابة الأطباء", Normalizer.Form.NFKC), heading);
            int visit = text.indexOf(Normalizer.normalize("موعد الزيارة", Normalizer.Form.NFKC), heading);
            assertTrue(shortage > heading && visit > shortage, "both notes, in the order of their words in the article");
            List<String> top = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
            }
            assertEquals(List.of("التناقضات", "ملاحظات القارئ", "فهرس الفاعلين", "فهرس الأرقام"), top.subList(1, 5));
        }
    }

    @Test
    void aClaimTheReaderAddedSaysSoInItsNote() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> claims = PdfExportTest.annotations(doc).stream().filter(a -> a instanceof PDAnnotationUnderline)
                    .map(PDAnnotation::getContents).toList();
            assertTrue(claims.contains("ادعاء m1 — المصدر: غير منسوب (أضافه القارئ)"), claims.toString());
        }
    }

    @Test
    void withoutNotesThereIsNoNotesSection() throws IOException {
        try (PDDocument doc = Loader.loadPDF(PdfExportTest.write(Fixtures.analysis(), Map.of(),
                PdfExportOptions.defaults()))) {
            assertTrue(!new PDFTextStripper().getText(doc).contains("ملاحظات القارئ"));
        }
    }

    @Test
    void withNotesTheDocumentIsStillValidPdfA2u() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_U);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_U, false)) {
            var result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + " #" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().collect(Collectors.joining("\n"));
            assertTrue(result.isCompliant(), failures);
        }
    }
}
