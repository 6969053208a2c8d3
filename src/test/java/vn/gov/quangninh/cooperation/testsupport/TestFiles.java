package vn.gov.quangninh.cooperation.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small real files of each kind, written to a temporary directory, as uploads arrive. */
public final class TestFiles {

    private TestFiles() {}

    public static Path pdf(String text) {
        var body = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        return write(".pdf", body.getBytes(StandardCharsets.UTF_8));
    }

    public static Path png() {
        return write(".png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
    }

    public static Path docx() {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return write(".docx", bytes.toByteArray());
    }

    /** A Windows executable, whatever it is named. */
    public static Path executable() {
        var bytes = new byte[256];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        return write(".exe", bytes);
    }

    /** A zip that is not a Word document. */
    public static Path zip() {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("x".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return write(".zip", bytes.toByteArray());
    }

    /** The same content under a name of one's choosing, as a browser uploads it with its name. */
    public static Path named(Path file, String name) {
        try {
            var directory = Files.createTempDirectory("upload");
            directory.toFile().deleteOnExit();
            var named = Files.copy(file, directory.resolve(name));
            named.toFile().deleteOnExit();
            return named;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(String suffix, byte[] bytes) {
        try {
            var file = Files.createTempFile("upload", suffix);
            Files.write(file, bytes);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
