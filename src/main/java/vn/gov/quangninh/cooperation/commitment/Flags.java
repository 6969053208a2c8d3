package vn.gov.quangninh.cooperation.commitment;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The flag rules, shared by the entity and the read models built without it. */
final class Flags {

    private Flags() {}

    static Set<CommitmentFlag> of(
            Closure closure,
            CompletionLevel completion,
            @Nullable LocalDate dueDate,
            boolean awaitingCounterpart,
            LocalDate today) {
        var flags = EnumSet.noneOf(CommitmentFlag.class);
        if (closure != Closure.OPEN || completion == CompletionLevel.COMPLETE) {
            return flags;
        }
        if (dueDate != null) {
            if (today.isAfter(dueDate)) {
                flags.add(CommitmentFlag.OVERDUE);
                if (!today.isBefore(dueDate.plusDays(Commitment.LAPSED_AFTER_DAYS))) {
                    flags.add(CommitmentFlag.LAPSED);
                }
            } else if (!today.plusDays(Commitment.DUE_SOON_DAYS).isBefore(dueDate)) {
                flags.add(CommitmentFlag.DUE_SOON);
            }
        }
        if (awaitingCounterpart) {
            flags.add(CommitmentFlag.AWAITING_COUNTERPART);
        }
        if (flags.isEmpty()) {
            flags.add(CommitmentFlag.ON_TRACK);
        }
        return flags;
    }
}
