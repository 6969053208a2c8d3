package vn.gov.quangninh.cooperation.commitment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import vn.gov.quangninh.cooperation.commitment.CommitmentService;
import vn.gov.quangninh.cooperation.commitment.ReviewItem;
import vn.gov.quangninh.cooperation.security.AppRoles;

/**
 * The managers' queue: submitted updates, oldest first, each with its evidence and the commitment's
 * current level; approve or return in at most two clicks.
 */
@Route("review")
@RolesAllowed(AppRoles.MANAGER)
@Menu(order = 35, icon = "vaadin:check-square-o", title = "nav.review")
public class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    private final CommitmentService commitments;
    private final Span count = new Span();
    private final Div items = new Div();

    ReviewQueueView(CommitmentService commitments) {
        this.commitments = commitments;
        addClassName("review-view");
        count.setId("review-count");
        count.addClassName("list-total");
        items.addClassName("review-items");
        add(count, items);
        refresh();
    }

    private void refresh() {
        var queue = commitments.reviewQueue();
        count.setText(getTranslation("review.count", queue.size()));
        items.removeAll();
        if (queue.isEmpty()) {
            items.add(new Paragraph(getTranslation("review.empty")));
        }
        queue.forEach(item -> items.add(item(item)));
    }

    private Div item(ReviewItem item) {
        var code = new RouterLink(item.code(), CommitmentView.class, CommitmentView.params(item.commitmentId()));
        code.addClassName("record-code");
        var title = new Span(item.titleVi());
        title.addClassName("review-title");
        var owner = new Span(item.leadDepartment().in(getLocale()));
        owner.addClassName("review-owner");
        var change = new Span(getTranslation(
                "review.level-change",
                getTranslation(item.currentLevel().labelKey()),
                getTranslation(item.update().proposedLevel().labelKey())));
        change.addClassName("review-change");
        var header = new Div(code, title, owner, change);
        header.addClassName("review-header");
        var box = new Div(header, new UpdateCard(commitments, item.commitmentId(), item.update(), true, this::refresh));
        box.addClassName("review-item");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.review");
    }
}
