package vn.gov.quangninh.cooperation.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** Upload buttons and messages in the user's language. */
public final class Uploads {

    private Uploads() {}

    public static Upload localize(Upload upload) {
        var i18n = new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(upload.getTranslation("upload.add-file"))
                        .setMany(upload.getTranslation("upload.add-files")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(upload.getTranslation("upload.drop-file"))
                        .setMany(upload.getTranslation("upload.drop-files")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(upload.getTranslation("upload.error.too-many"))
                        .setFileIsTooBig(upload.getTranslation("upload.error.too-big"))
                        .setIncorrectFileType(upload.getTranslation("upload.error.wrong-type")))
                .setFile(new UploadI18N.File()
                        .setRetry(upload.getTranslation("upload.retry"))
                        .setStart(upload.getTranslation("upload.start"))
                        .setRemove(upload.getTranslation("upload.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(upload.getTranslation("upload.status.connecting"))
                                .setStalled(upload.getTranslation("upload.status.stalled"))
                                .setProcessing(upload.getTranslation("upload.status.processing"))
                                .setHeld(upload.getTranslation("upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(upload.getTranslation("upload.remaining"))
                                .setUnknown(upload.getTranslation("upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(upload.getTranslation("upload.error.server-unavailable"))
                                .setUnexpectedServerError(upload.getTranslation("upload.error.unexpected"))
                                .setForbidden(upload.getTranslation("upload.error.forbidden"))
                                .setFileTooLarge(upload.getTranslation("upload.error.too-big"))))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        upload.setI18n(i18n);
        return upload;
    }
}
