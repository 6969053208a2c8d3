package vn.gov.quangninh.cooperation.commitment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.ui.FieldErrors;
import vn.gov.quangninh.cooperation.base.ui.Notifications;
import vn.gov.quangninh.cooperation.commitment.CommitmentDetails.UpdateEntry;
import vn.gov.quangninh.cooperation.commitment.CommitmentService;
import vn.gov.quangninh.cooperation.commitment.ProgressUpdate;

/**
 * A manager's decision on a submitted update, in at most two clicks: approve at once, or open the
 * comment box and return the update with what must be corrected.
 */
class ReviewButtons extends Div {

    private final CommitmentService commitments;
    private final UpdateEntry update;
    private final Runnable decided;
    private final TextArea comment = new TextArea();
    private final Button confirmReturn = new Button();

    ReviewButtons(CommitmentService commitments, UpdateEntry update, Runnable decided) {
        this.commitments = commitments;
        this.update = update;
        this.decided = decided;
        addClassName("review-buttons");
        var approve = new Button(getTranslation("review.approve"), VaadinIcon.CHECK.create(), click -> approve());
        approve.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
        approve.setId("approve-" + update.id());
        approve.setDisableOnClick(true);
        var giveBack = new Button(getTranslation("review.return"), VaadinIcon.REPLY.create());
        giveBack.setId("return-" + update.id());
        comment.setLabel(getTranslation("review.comment"));
        comment.setPlaceholder(getTranslation("review.comment.placeholder"));
        comment.setMaxLength(ProgressUpdate.COMMENT_LENGTH);
        comment.setId("return-comment-" + update.id());
        comment.setVisible(false);
        comment.setWidthFull();
        confirmReturn.setText(getTranslation("review.return.confirm"));
        confirmReturn.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirmReturn.setId("confirm-return-" + update.id());
        confirmReturn.setVisible(false);
        confirmReturn.addClickListener(click -> giveBack());
        giveBack.addClickListener(click -> {
            comment.setVisible(true);
            confirmReturn.setVisible(true);
            comment.focus();
        });
        var buttons = new Div(approve, giveBack);
        buttons.addClassName("review-actions");
        add(buttons, comment, confirmReturn);
    }

    private void approve() {
        try {
            commitments.approveUpdate(update.id(), update.version());
            Notifications.success(getTranslation("review.approved"));
        } catch (RuleViolationException | OptimisticLockingFailureException decidedElsewhere) {
            Notifications.error(getTranslation("review.decided-elsewhere"));
        }
        decided.run();
    }

    private void giveBack() {
        try {
            commitments.returnUpdate(update.id(), update.version(), comment.getValue());
            Notifications.success(getTranslation("review.returned"));
        } catch (RuleViolationException violation) {
            if ("comment".equals(violation.getField())) {
                FieldErrors.mark(comment, violation.message(this::getTranslation));
                return;
            }
            Notifications.error(getTranslation("review.decided-elsewhere"));
        } catch (OptimisticLockingFailureException decidedElsewhere) {
            Notifications.error(getTranslation("review.decided-elsewhere"));
        }
        decided.run();
    }
}
