package vn.gov.quangninh.cooperation.base.files;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;

/**
 * An uploaded file as a record keeps it: what the user called it, what it is, where the store keeps
 * it, who uploaded it and when. Embedded by every feature that attaches files.
 */
@Embeddable
public record StoredDocument(
        @Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false, length = 20)
        DocumentKind kind,

        @Column(name = "file_name", nullable = false, length = FileNames.MAX_LENGTH)
        String fileName,

        @Enumerated(EnumType.STRING) @Column(name = "format", nullable = false, length = 10)
        DocumentFormat format,

        @Column(name = "size_bytes", nullable = false) long size,

        @Column(name = "sha256", nullable = false, length = 64)
        String sha256,

        @Column(name = "storage_key", nullable = false, length = 36)
        String storageKey,

        @Column(name = "uploaded_by_name", nullable = false, length = 150)
        String uploadedByName,

        @Column(name = "uploaded_at", nullable = false) Instant uploadedAt)
        implements Serializable {

    public static StoredDocument of(
            DocumentKind kind, String fileName, FileStore.StoredFile file, String uploader, Instant at) {
        return new StoredDocument(kind, fileName, file.format(), file.size(), file.sha256(), file.key(), uploader, at);
    }
}
