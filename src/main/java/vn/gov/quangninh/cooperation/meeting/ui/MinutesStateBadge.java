package vn.gov.quangninh.cooperation.meeting.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import vn.gov.quangninh.cooperation.meeting.MinutesState;

/** The state of minutes as a badge: grey draft, blue agreed, green signed. */
final class MinutesStateBadge {

    private MinutesStateBadge() {}

    static Badge create(MinutesState state) {
        var badge = new Badge();
        badge.setText(badge.getTranslation(state.labelKey()));
        switch (state) {
            case DRAFT -> badge.addThemeVariants(BadgeVariant.CONTRAST);
            case AGREED -> {}
            case SIGNED -> badge.addThemeVariants(BadgeVariant.SUCCESS);
        }
        return badge;
    }
}
