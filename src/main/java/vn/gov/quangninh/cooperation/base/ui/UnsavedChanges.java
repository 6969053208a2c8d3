package vn.gov.quangninh.cooperation.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;

/** Nothing typed is lost silently: leaving a form with changes asks first. */
public final class UnsavedChanges {

    private UnsavedChanges() {}

    /** Call from {@code beforeLeave} when the form has unsaved changes. */
    public static void confirmLeaving(BeforeLeaveEvent event, Component view) {
        var action = event.postpone();
        var dialog = new ConfirmDialog();
        dialog.setHeader(view.getTranslation("unsaved.title"));
        dialog.setText(view.getTranslation("unsaved.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(view.getTranslation("unsaved.stay"));
        dialog.setConfirmText(view.getTranslation("unsaved.leave"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> action.proceed());
        dialog.open();
    }
}
