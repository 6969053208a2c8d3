package vn.gov.quangninh.cooperation.report;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFace;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.fonts.FontSet;
import net.sf.jasperreports.engine.fonts.FontSetFamily;

/**
 * The fonts of the reports, prepared once per JVM: the font set {@value #FONT_SET} of
 * {@code report-fonts/fonts.xml} (DejaVu Sans from jasperreports-fonts, Noto Sans CJK SC shipped
 * here) must exist, and its PDF fonts are loaded into OpenPDF's font cache without a CIDSet.
 *
 * <p>Why: OpenPDF writes a CIDSet for every embedded CID font, listing the glyphs the page uses
 * rather than all glyphs the subset contains. PDF/A-1 required a CIDSet; PDF/A-2 makes it optional
 * but, when present, it must be complete (veraPDF rule 6.2.11.4.2-2), so the files fail PDF/A-2b.
 * JasperReports asks OpenPDF for its fonts through {@code BaseFont.createFont(path, encoding,
 * embedded, cached=true, bytes, null)}; creating the same fonts first, with the CIDSet switched
 * off, makes every later request get these instances from the cache.
 */
final class ReportFonts {

    static final String FONT_SET = "Report Sans";
    /** The PDF font for text that names no font (JasperReports' page anchors): embedded, never Helvetica. */
    static final String DEFAULT_PDF_FONT = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";

    private static volatile boolean prepared;

    private ReportFonts() {}

    static void prepare(JasperReportsContext context) {
        if (prepared) {
            return;
        }
        synchronized (ReportFonts.class) {
            if (prepared) {
                return;
            }
            for (var path : pdfFontFiles(context)) {
                try (var in = ReportFonts.class.getClassLoader().getResourceAsStream(path)) {
                    if (in == null) {
                        throw new IllegalStateException("Report font file not found on the class path: " + path);
                    }
                    BaseFont.createFont(path, BaseFont.IDENTITY_H, true, true, in.readAllBytes(), null)
                            .setIncludeCidSet(false);
                } catch (IOException | com.lowagie.text.DocumentException e) {
                    throw new IllegalStateException("Cannot load the report font " + path, e);
                }
            }
            prepared = true;
        }
    }

    /** The font files of every family of the report font set, plus the default PDF font. */
    static List<String> pdfFontFiles(JasperReportsContext context) {
        var set = context.getExtensions(FontSet.class).stream()
                .filter(candidate -> FONT_SET.equals(candidate.getName()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Font set '" + FONT_SET
                        + "' not found: is report-fonts/fonts.xml registered in jasperreports_extension.properties?"));
        var families =
                set.getFamilies().stream().map(FontSetFamily::getFamilyName).toList();
        var files = new ArrayList<String>();
        files.add(DEFAULT_PDF_FONT);
        for (var familyName : families) {
            var family = family(context, familyName);
            Stream.of(family.getNormalFace(), family.getBoldFace(), family.getItalicFace(), family.getBoldItalicFace())
                    .filter(Objects::nonNull)
                    .map(ReportFonts::pdfFile)
                    .filter(Objects::nonNull)
                    .filter(file -> !files.contains(file))
                    .forEach(files::add);
        }
        return files;
    }

    static FontFamily family(JasperReportsContext context, String name) {
        return context.getExtensions(FontFamily.class).stream()
                .filter(family -> name.equals(family.getName()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Font family '" + name + "' not found"));
    }

    private static String pdfFile(FontFace face) {
        return face.getPdf() != null ? face.getPdf() : face.getTtf();
    }
}
