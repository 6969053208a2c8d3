package vn.gov.quangninh.cooperation.commitment;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The moments a department is reminded of a deadline: a month before, a week before, on the day,
 * and when the commitment has just lapsed. A missed daily run is caught up on the next one: lapsed
 * commitments are still "new" for {@link #LAPSE_CATCH_UP_DAYS} days.
 */
public enum ReminderKind {
    DUE_IN_30,
    DUE_IN_7,
    DUE_TODAY,
    LAPSED;

    static final int LAPSE_CATCH_UP_DAYS = 7;

    /** The earliest due date any reminder of a day can concern. */
    static LocalDate earliestDue(LocalDate today) {
        return today.minusDays(Commitment.LAPSED_AFTER_DAYS + LAPSE_CATCH_UP_DAYS - 1L);
    }

    /** The latest due date any reminder of a day can concern. */
    static LocalDate latestDue(LocalDate today) {
        return today.plusDays(Commitment.DUE_SOON_DAYS);
    }

    /** The reminder a commitment due on {@code due} and not complete calls for {@code today}, if any. */
    static Optional<ReminderKind> of(LocalDate due, LocalDate today) {
        if (due.equals(today)) {
            return Optional.of(DUE_TODAY);
        }
        if (due.isAfter(today) && !due.isAfter(today.plusDays(7))) {
            return Optional.of(DUE_IN_7);
        }
        if (due.isAfter(today.plusDays(7)) && !due.isAfter(latestDue(today))) {
            return Optional.of(DUE_IN_30);
        }
        var lapsedOn = due.plusDays(Commitment.LAPSED_AFTER_DAYS);
        if (!today.isBefore(lapsedOn) && !due.isBefore(earliestDue(today))) {
            return Optional.of(LAPSED);
        }
        return Optional.empty();
    }

    public String labelKey() {
        return "reminder.kind." + name();
    }
}
