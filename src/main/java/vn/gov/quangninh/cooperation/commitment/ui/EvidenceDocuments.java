package vn.gov.quangninh.cooperation.commitment.ui;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.base.files.DocumentEntry;
import vn.gov.quangninh.cooperation.base.files.DocumentKind;
import vn.gov.quangninh.cooperation.base.files.DocumentSource;
import vn.gov.quangninh.cooperation.base.files.Download;
import vn.gov.quangninh.cooperation.commitment.CommitmentService;

/** The evidence files of one progress update, through the secured service. */
record EvidenceDocuments(CommitmentService commitments, long updateId) implements DocumentSource {

    @Override
    public List<DocumentEntry> list() {
        return commitments.evidenceOf(updateId);
    }

    @Override
    public Download download(long documentId) {
        return commitments.downloadEvidence(documentId);
    }

    @Override
    public DocumentEntry attach(DocumentKind kind, @Nullable String fileName, Path upload) {
        return commitments.attachEvidence(updateId, fileName, upload);
    }

    @Override
    public void remove(long documentId) {
        commitments.removeEvidence(documentId);
    }

    @Override
    public List<DocumentKind> kinds() {
        return List.of(DocumentKind.OTHER);
    }
}
