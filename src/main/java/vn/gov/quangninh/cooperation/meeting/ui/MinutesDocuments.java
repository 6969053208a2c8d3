package vn.gov.quangninh.cooperation.meeting.ui;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.base.files.DocumentEntry;
import vn.gov.quangninh.cooperation.base.files.DocumentKind;
import vn.gov.quangninh.cooperation.base.files.DocumentSource;
import vn.gov.quangninh.cooperation.base.files.Download;
import vn.gov.quangninh.cooperation.meeting.MeetingService;

/** The signed files of one set of minutes, through the secured service. */
record MinutesDocuments(MeetingService meetings, long minutesId) implements DocumentSource {

    @Override
    public List<DocumentEntry> list() {
        return meetings.files(minutesId);
    }

    @Override
    public Download download(long documentId) {
        return meetings.download(documentId);
    }

    @Override
    public DocumentEntry attach(DocumentKind kind, @Nullable String fileName, Path upload) {
        return meetings.attach(minutesId, kind, fileName, upload);
    }

    @Override
    public void remove(long documentId) {
        meetings.removeFile(documentId);
    }
}
