package vn.gov.quangninh.cooperation.commitment;

/** A progress update: draft → submitted → approved, or returned (with a comment) to its reporter. */
public enum UpdateState {
    DRAFT,
    SUBMITTED,
    APPROVED,
    RETURNED;

    public String labelKey() {
        return "update.state." + name();
    }
}
