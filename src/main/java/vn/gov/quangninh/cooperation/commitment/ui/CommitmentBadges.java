package vn.gov.quangninh.cooperation.commitment.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.html.Span;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import vn.gov.quangninh.cooperation.base.i18n.Translator;
import vn.gov.quangninh.cooperation.commitment.Closure;
import vn.gov.quangninh.cooperation.commitment.CommitmentFlag;
import vn.gov.quangninh.cooperation.commitment.CompletionLevel;
import vn.gov.quangninh.cooperation.commitment.UpdateState;

/**
 * The coloured badges of commitments: completion level, flags, closure, update state. Pages get
 * {@link Badge} components; the commitments grid gets {@link Label}s for its template, because a
 * component per cell would be kept in every user's session.
 */
final class CommitmentBadges {

    /**
     * A badge as a template draws it: {@code <vaadin-badge theme=... class=...>text</vaadin-badge>}.
     * Public: Vaadin reads its components by reflection to send them to the browser.
     */
    public record Label(String text, String theme, String className) implements Serializable {}

    private CommitmentBadges() {}

    static Badge completion(CompletionLevel level) {
        return completionLook(level).badge();
    }

    static Label completionLabel(CompletionLevel level, Translator translator) {
        return completionLook(level).in(translator);
    }

    static Span flags(Set<CommitmentFlag> flags, Closure closure) {
        var line = new Span();
        line.addClassName("badges-inline");
        flagLooks(flags, closure).forEach(look -> line.add(look.badge()));
        return line;
    }

    static List<Label> flagLabels(Set<CommitmentFlag> flags, Closure closure, Translator translator) {
        return flagLooks(flags, closure).stream()
                .map(look -> look.in(translator))
                .toList();
    }

    static Badge update(UpdateState state) {
        return new Look(
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

    private static Look completionLook(CompletionLevel level) {
        return new Look(
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
    private static List<Look> flagLooks(Set<CommitmentFlag> flags, Closure closure) {
        var looks = new ArrayList<Look>();
        if (closure != Closure.OPEN) {
            looks.add(new Look(closure.labelKey(), List.of(BadgeVariant.CONTRAST), ""));
        }
        flags.stream()
                .filter(flag -> flag != CommitmentFlag.OVERDUE || !flags.contains(CommitmentFlag.LAPSED))
                .sorted()
                .forEach(flag -> looks.add(new Look(
                        flag.labelKey(),
                        switch (flag) {
                            case ON_TRACK -> List.of(BadgeVariant.SUCCESS);
                            case DUE_SOON, AWAITING_COUNTERPART -> List.of(BadgeVariant.WARNING);
                            case OVERDUE, LAPSED -> List.of(BadgeVariant.ERROR);
                        },
                        "")));
        return looks;
    }

    /** What a badge says (a message key) and how it looks, whichever way it is drawn. */
    private record Look(String key, List<BadgeVariant> variants, String className) {

        Badge badge() {
            var badge = new Badge();
            badge.setText(badge.getTranslation(key));
            badge.addThemeVariants(variants.toArray(BadgeVariant[]::new));
            if (!className.isEmpty()) {
                badge.addClassName(className);
            }
            return badge;
        }

        Label in(Translator translator) {
            var theme = variants.stream().map(BadgeVariant::getVariantName).collect(Collectors.joining(" "));
            return new Label(translator.translate(key), theme, className);
        }
    }
}
