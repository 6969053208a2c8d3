package vn.gov.quangninh.cooperation.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.file.Files;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.files.DocumentEntry;
import vn.gov.quangninh.cooperation.base.files.DocumentKind;
import vn.gov.quangninh.cooperation.base.files.DocumentSource;
import vn.gov.quangninh.cooperation.base.files.FileStore;
import vn.gov.quangninh.cooperation.base.i18n.Formats;

/**
 * The documents of a record: listed with kind, size, uploader and date, downloaded as attachments;
 * editors upload more (PDF, DOCX, JPEG, PNG; checked by content on the server) and remove them.
 */
public class DocumentsPanel extends Div {

    private final DocumentSource documents;
    private final Grid<DocumentEntry> grid = new Grid<>();

    public DocumentsPanel(String headingKey, DocumentSource documents, boolean editable) {
        this.documents = documents;
        addClassName("section");
        add(new H3(getTranslation(headingKey)));

        grid.addComponentColumn(entry -> new DownloadLink(entry, documents::download))
                .setHeader(getTranslation("document.file"))
                .setFlexGrow(2);
        if (documents.kinds().size() > 1) {
            grid.addColumn(entry -> getTranslation(entry.kind().labelKey()))
                    .setHeader(getTranslation("document.kind"))
                    .setAutoWidth(true);
        }
        grid.addColumn(entry -> Formats.fileSize(entry.size(), getLocale()))
                .setHeader(getTranslation("document.size"))
                .setAutoWidth(true);
        grid.addColumn(DocumentEntry::uploadedBy)
                .setHeader(getTranslation("document.uploaded-by"))
                .setAutoWidth(true);
        grid.addColumn(entry -> Formats.dateTime(entry.uploadedAt()))
                .setHeader(getTranslation("document.uploaded-at"))
                .setAutoWidth(true);
        if (editable) {
            grid.addComponentColumn(this::removeButton).setFlexGrow(0).setWidth("4rem");
        }
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.NO_BORDER);
        grid.setEmptyStateText(getTranslation("document.none"));
        add(grid);
        if (editable) {
            add(uploadArea());
        }
        refresh();
    }

    private Button removeButton(DocumentEntry entry) {
        var remove = new Button(VaadinIcon.TRASH.create(), click -> {
            documents.remove(entry.id());
            refresh();
        });
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.setAriaLabel(getTranslation("document.remove", entry.fileName()));
        remove.setTooltipText(getTranslation("document.remove", entry.fileName()));
        return remove;
    }

    private HorizontalLayout uploadArea() {
        var kind = new Select<DocumentKind>();
        kind.setLabel(getTranslation("document.kind"));
        kind.setItems(documents.kinds());
        kind.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        kind.setValue(documents.kinds().getFirst());
        kind.setVisible(documents.kinds().size() > 1);
        var ui = UI.getCurrent();
        var upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            try {
                documents.attach(kind.getValue(), metadata.fileName(), file.toPath());
                ui.access(() -> {
                    Notifications.success(getTranslation("document.uploaded", metadata.fileName()));
                    refresh();
                });
            } catch (RuleViolationException violation) {
                ui.access(() -> Notifications.error(violation.message(this::getTranslation)));
            } finally {
                Files.deleteIfExists(file.toPath());
            }
        }));
        upload.setMaxFileSize((int) FileStore.MAX_BYTES);
        upload.setAcceptedFileTypes(".pdf", ".docx", ".jpg", ".jpeg", ".png");
        upload.addFileRejectedListener(rejected -> Notifications.error(rejected.getErrorMessage()));
        Uploads.localize(upload);
        upload.setId("document-upload");
        var area = new HorizontalLayout(kind, upload);
        area.setAlignItems(FlexComponent.Alignment.END);
        area.addClassName("upload-area");
        return area;
    }

    private void refresh() {
        grid.setItems(documents.list());
    }
}
