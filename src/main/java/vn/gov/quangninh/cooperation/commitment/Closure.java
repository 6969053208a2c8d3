package vn.gov.quangninh.cooperation.commitment;

/** Whether a commitment is still followed, or was ended by an explicit decision. */
public enum Closure {
    OPEN,
    CANCELLED,
    SUPERSEDED;

    public String labelKey() {
        return "closure." + name();
    }
}
