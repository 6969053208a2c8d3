package vn.gov.quangninh.cooperation.base.files;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The documents of one record, as the shared documents panel uses them. Features implement it over
 * their secured services.
 */
public interface DocumentSource {

    List<DocumentEntry> list();

    Download download(long documentId);

    DocumentEntry attach(DocumentKind kind, @Nullable String fileName, Path upload);

    void remove(long documentId);

    /** The kinds a user chooses from when uploading; with one kind there is nothing to choose. */
    default List<DocumentKind> kinds() {
        return List.of(DocumentKind.values());
    }
}
