package vn.gov.quangninh.cooperation.agreement.ui;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.agreement.AgreementService;
import vn.gov.quangninh.cooperation.base.files.DocumentEntry;
import vn.gov.quangninh.cooperation.base.files.DocumentKind;
import vn.gov.quangninh.cooperation.base.files.DocumentSource;
import vn.gov.quangninh.cooperation.base.files.Download;

/** The documents of one agreement, through the secured service. */
record AgreementDocuments(AgreementService agreements, long agreementId) implements DocumentSource {

    @Override
    public List<DocumentEntry> list() {
        return agreements.get(agreementId).documents();
    }

    @Override
    public Download download(long documentId) {
        return agreements.download(documentId);
    }

    @Override
    public DocumentEntry attach(DocumentKind kind, @Nullable String fileName, Path upload) {
        return agreements.attach(agreementId, kind, fileName, upload);
    }

    @Override
    public void remove(long documentId) {
        agreements.removeDocument(documentId);
    }
}
