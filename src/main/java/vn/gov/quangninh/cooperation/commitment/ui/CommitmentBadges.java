package vn.gov.quangninh.cooperation.commitment.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.gov.quangninh.cooperation.base.i18n.Translator;
import vn.gov.quangninh.cooperation.base.ui.BadgeLook;
import vn.gov.quangninh.cooperation.commitment.Closure;
import vn.gov.quangninh.cooperation.commitment.CommitmentFlag;
import vn.gov.quangninh.cooperation.commitment.CompletionLevel;
import vn.gov.quangninh.cooperation.commitment.UpdateState;

/**
 * The coloured badges of commitments: completion level, flags, closure, update state. Pages get
 * {@link Badge} components; the commitments grid gets {@link BadgeLook.Label}s for its templates.
 */
final class CommitmentBadges {

    private CommitmentBadges() {}

    static Badge completion(CompletionLevel level) {
        return completionLook(level).badge();
    }

    static BadgeLook.Label completionLabel(CompletionLevel level, Translator translator) {
        return completionLook(level).in(translator);
    }

    static Span flags(Set<CommitmentFlag> flags, Closure closure) {
        var line = new Span();
        line.addClassName("badges-inline");
        flagLooks(flags, closure).forEach(look -> line.add(look.badge()));
        return line;
    }

    static List<BadgeLook.Label> flagLabels(Set<CommitmentFlag> flags, Closure closure, Translator translator) {
        return flagLooks(flags, closure).stream()
                .map(look -> look.in(translator))
                .toList();
    }

    static Badge update(UpdateState state) {
        return new BadgeLook(
                        state.labelKey(),
                        switch (state) {
                            case DRAFT -> List.of(BadgeVariant.CONTRAST);
                            case SUBMITTED -> List.of(BadgeVariant.WARNING);
                            case APPROVED -> List.of(BadgeVariant.SUCCESS);
                            case RETURNED -> List.of(BadgeVariant.ERROR);
                        },
                        "")
                .badge();
    }

    private static BadgeLook completionLook(CompletionLevel level) {
        return new BadgeLook(
                level.labelKey(),
                switch (level) {
                    case COMPLETE -> List.of(BadgeVariant.SUCCESS);
                    case SUBSTANTIAL -> List.of();
                    case LIMITED, NOT_STARTED -> List.of(BadgeVariant.CONTRAST);
                    case NO_EVIDENCE -> List.of(BadgeVariant.CONTRAST, BadgeVariant.SMALL);
                },
                "completion-" + level.name().toLowerCase(Locale.ROOT));
    }

    /** The closure, if any, then the flags; "lapsed" says "overdue" already. */
    private static List<BadgeLook> flagLooks(Set<CommitmentFlag> flags, Closure closure) {
        var looks = new ArrayList<BadgeLook>();
        if (closure != Closure.OPEN) {
            looks.add(new BadgeLook(closure.labelKey(), List.of(BadgeVariant.CONTRAST), ""));
        }
        flags.stream()
                .filter(flag -> flag != CommitmentFlag.OVERDUE || !flags.contains(CommitmentFlag.LAPSED))
                .sorted()
                .forEach(flag -> looks.add(new BadgeLook(
                        flag.labelKey(),
                        switch (flag) {
                            case ON_TRACK -> List.of(BadgeVariant.SUCCESS);
                            case DUE_SOON, AWAITING_COUNTERPART -> List.of(BadgeVariant.WARNING);
                            case OVERDUE, LAPSED -> List.of(BadgeVariant.ERROR);
                        },
                        "")));
        return looks;
    }
}
