package vn.gov.quangninh.cooperation.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import vn.gov.quangninh.cooperation.base.files.DocumentEntry;
import vn.gov.quangninh.cooperation.base.files.Download;

/** A link that downloads a stored document as an attachment, through the feature's secured service. */
public class DownloadLink extends Anchor {

    public DownloadLink(DocumentEntry entry, SerializableFunction<Long, Download> download) {
        super(
                DownloadHandler.fromInputStream(event -> {
                    var file = download.apply(entry.id());
                    return new DownloadResponse(file.content(), file.fileName(), file.contentType(), file.size());
                }),
                entry.fileName());
        addClassName("document-link");
    }
}
