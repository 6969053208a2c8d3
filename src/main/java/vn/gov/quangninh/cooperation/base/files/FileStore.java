package vn.gov.quangninh.cooperation.base.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.gov.quangninh.cooperation.base.RuleViolationException;

/**
 * Uploaded documents on disk, under {@code app.data-dir/files}, outside anything the web server
 * serves: they leave only through an authorised download. Files are named by a random key, never by
 * what the user called them, so no name can reach outside the store.
 */
@Component
public class FileStore {

    /** The limit for one document: scans of signed agreements fit, videos do not. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private final Path root;

    FileStore(@Value("${app.data-dir}") Path dataDirectory) {
        this.root = dataDirectory.resolve("files").toAbsolutePath().normalize();
    }

    /** A checked, stored copy of an uploaded file. */
    public record StoredFile(String key, DocumentFormat format, long size, String sha256) {}

    /**
     * Checks an uploaded file (size, format by content) and keeps a copy.
     *
     * @throws RuleViolationException "document.too-large" or "document.type-not-allowed"
     */
    public StoredFile store(Path upload) {
        try {
            long size = Files.size(upload);
            if (size > MAX_BYTES) {
                throw new RuleViolationException("file", "document.too-large", MAX_BYTES / (1024 * 1024));
            }
            var format = DocumentFormat.of(upload)
                    .orElseThrow(() -> new RuleViolationException("file", "document.type-not-allowed"));
            var key = UUID.randomUUID().toString();
            var target = pathOf(key);
            Files.createDirectories(directoryOf(key));
            var sha256 = copyHashing(upload, target);
            return new StoredFile(key, format, size, sha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stored document's bytes, named as the user named it. */
    public Download download(StoredDocument document) {
        try {
            return new Download(
                    document.fileName(),
                    document.format().contentType(),
                    document.size(),
                    Files.newInputStream(pathOf(document.storageKey())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String key) {
        try {
            Files.deleteIfExists(pathOf(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files are spread over directories named by the first two characters of their key. */
    private Path directoryOf(String key) {
        var uuid = UUID.fromString(key); // refuses anything that is not a key this store made
        return root.resolve(uuid.toString().substring(0, 2));
    }

    private Path pathOf(String key) {
        var path = directoryOf(key).resolve(UUID.fromString(key).toString()).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Outside the file store: " + key);
        }
        return path;
    }

    private static String copyHashing(Path source, Path target) throws IOException {
        try (var in = new DigestInputStream(Files.newInputStream(source), MessageDigest.getInstance("SHA-256"))) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
