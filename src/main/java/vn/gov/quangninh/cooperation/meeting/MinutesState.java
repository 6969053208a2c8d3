package vn.gov.quangninh.cooperation.meeting;

/** Draft while it is being written, agreed once both sides accept the text, signed at the end. */
public enum MinutesState {
    DRAFT,
    AGREED,
    SIGNED;

    public String labelKey() {
        return "minutes.state." + name();
    }
}
