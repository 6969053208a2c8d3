package vn.gov.quangninh.cooperation.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** What the tests read back from a PDF: its text, which font drew each character, its fonts, PDF/A. */
public final class PdfChecks {

    private static volatile boolean veraPdfReady;

    private PdfChecks() {}

    public static String text(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page. */
    public static List<String> pageTexts(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            var texts = new ArrayList<String>();
            var stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                texts.add(stripper.getText(document));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For every character drawn as text: the name of the font that drew it. */
    public static Map<String, Set<String>> fontsByCharacter(byte[] pdf) {
        var fonts = new LinkedHashMap<String, Set<String>>();
        try (var document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    fonts.computeIfAbsent(text.getUnicode(), key -> new HashSet<>())
                            .add(text.getFont().getName());
                    super.processTextPosition(text);
                }
            };
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fonts;
    }

    /** Every font of every page (and of the forms the pages draw). */
    public static List<PDFont> fonts(byte[] pdf) {
        var fonts = new ArrayList<PDFont>();
        try (var document = Loader.loadPDF(pdf)) {
            var seen = new HashSet<COSName>();
            for (var page : document.getPages()) {
                collect(page.getResources(), fonts, new HashSet<>(), seen);
            }
            // Read what the tests ask while the document is open.
            fonts.forEach(font -> {
                font.isEmbedded();
                font.getName();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fonts;
    }

    private static void collect(PDResources resources, List<PDFont> fonts, Set<Object> visited, Set<COSName> seen)
            throws IOException {
        if (resources == null || !visited.add(resources.getCOSObject())) {
            return;
        }
        for (var name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (var name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                collect(form.getResources(), fonts, visited, seen);
            }
        }
    }

    public static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Width x height of page 1 as it is shown (rotation applied), in points. */
    public static String pageSize(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var page = document.getPage(0);
            var box = page.getMediaBox();
            var turned = page.getRotation() % 180 != 0;
            return Math.round(turned ? box.getHeight() : box.getWidth()) + "x"
                    + Math.round(turned ? box.getWidth() : box.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, String> info(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var info = document.getDocumentInformation();
            var result = new LinkedHashMap<String, String>();
            result.put("title", info.getTitle());
            result.put("author", info.getAuthor());
            result.put("creator", info.getCreator());
            result.put("subject", info.getSubject());
            result.put("language", document.getDocumentCatalog().getLanguage());
            result.put(
                    "marked",
                    String.valueOf(document.getDocumentCatalog().getMarkInfo() != null
                            && document.getDocumentCatalog().getMarkInfo().isMarked()));
            result.put(
                    "output intents",
                    String.valueOf(
                            document.getDocumentCatalog().getOutputIntents().size()));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Page 1 as a PNG under target/report-previews/, to look at. */
    public static Path preview(byte[] pdf, String name) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
            var file = Path.of("target", "report-previews", name + ".png");
            Files.createDirectories(file.getParent());
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** veraPDF's verdict for PDF/A-2b: the failed rules, empty when the file conforms. */
    public static List<String> pdfA2bFailures(byte[] pdf) {
        if (!veraPdfReady) {
            synchronized (PdfChecks.class) {
                VeraGreenfieldFoundryProvider.initialise();
                veraPdfReady = true;
            }
        }
        try (var parser =
                        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
                var validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            var failures = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() != TestAssertion.Status.PASSED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-"
                            + assertion.getRuleId().getTestNumber() + " " + assertion.getMessage())
                    .distinct()
                    .toList();
            if (!result.isCompliant() && failures.isEmpty()) {
                return List.of("not compliant");
            }
            return failures;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the file", e);
        }
    }
}
