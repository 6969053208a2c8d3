package vn.gov.quangninh.cooperation.commitment;

/**
 * Warnings derived from the dates and the parties' statuses, never typed: see
 * {@link Commitment#flagsOn}.
 */
public enum CommitmentFlag {
    ON_TRACK,
    /** Due within {@link Commitment#DUE_SOON_DAYS} days. */
    DUE_SOON,
    /** Past the due date and not complete. */
    OVERDUE,
    /** Overdue and still not complete {@link Commitment#LAPSED_AFTER_DAYS} days after the due date. */
    LAPSED,
    /** The Vietnamese side has done its part; the Chinese side has not yet. */
    AWAITING_COUNTERPART;

    public String labelKey() {
        return "flag." + name();
    }
}
