package vn.gov.quangninh.cooperation.base.files;

import java.io.Serializable;
import java.time.Instant;

/** An attached document as lists show it. */
public record DocumentEntry(
        long id,
        DocumentKind kind,
        String fileName,
        DocumentFormat format,
        long size,
        String uploadedBy,
        Instant uploadedAt)
        implements Serializable {

    public static DocumentEntry of(long id, StoredDocument document) {
        return new DocumentEntry(
                id,
                document.kind(),
                document.fileName(),
                document.format(),
                document.size(),
                document.uploadedByName(),
                document.uploadedAt());
    }
}
