package vn.gov.quangninh.cooperation.commitment.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.Set;
import vn.gov.quangninh.cooperation.commitment.Closure;
import vn.gov.quangninh.cooperation.commitment.CommitmentFlag;
import vn.gov.quangninh.cooperation.commitment.CompletionLevel;
import vn.gov.quangninh.cooperation.commitment.UpdateState;

/** The coloured badges of commitments: completion level, flags, closure, update state. */
final class CommitmentBadges {

    private CommitmentBadges() {}

    static Badge completion(CompletionLevel level) {
        var badge = new Badge();
        badge.setText(badge.getTranslation(level.labelKey()));
        switch (level) {
            case COMPLETE -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case SUBSTANTIAL -> {}
            case LIMITED, NOT_STARTED -> badge.addThemeVariants(BadgeVariant.CONTRAST);
            case NO_EVIDENCE -> badge.addThemeVariants(BadgeVariant.CONTRAST, BadgeVariant.SMALL);
        }
        badge.addClassName("completion-" + level.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    static Badge flag(CommitmentFlag flag) {
        var badge = new Badge();
        badge.setText(badge.getTranslation(flag.labelKey()));
        switch (flag) {
            case ON_TRACK -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case DUE_SOON, AWAITING_COUNTERPART -> badge.addThemeVariants(BadgeVariant.WARNING);
            case OVERDUE, LAPSED -> badge.addThemeVariants(BadgeVariant.ERROR);
        }
        return badge;
    }

    static Span flags(Set<CommitmentFlag> flags, Closure closure) {
        var line = new Span();
        line.addClassName("badges-inline");
        if (closure != Closure.OPEN) {
            var badge = new Badge(line.getTranslation(closure.labelKey()));
            badge.addThemeVariants(BadgeVariant.CONTRAST);
            line.add(badge);
        }
        flags.stream()
                .filter(flag -> flag != CommitmentFlag.OVERDUE || !flags.contains(CommitmentFlag.LAPSED))
                .forEach(flag -> line.add(flag(flag)));
        return line;
    }

    static Badge update(UpdateState state) {
        var badge = new Badge();
        badge.setText(badge.getTranslation(state.labelKey()));
        switch (state) {
            case DRAFT -> badge.addThemeVariants(BadgeVariant.CONTRAST);
            case SUBMITTED -> badge.addThemeVariants(BadgeVariant.WARNING);
            case APPROVED -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case RETURNED -> badge.addThemeVariants(BadgeVariant.ERROR);
        }
        return badge;
    }
}
