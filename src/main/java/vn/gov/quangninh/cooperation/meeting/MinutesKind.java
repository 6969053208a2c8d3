package vn.gov.quangninh.cooperation.meeting;

/** What a meeting ended in: minutes (biên bản), a memorandum (biên bản ghi nhớ), a joint communiqué. */
public enum MinutesKind {
    MINUTES,
    MEMORANDUM,
    JOINT_COMMUNIQUE;

    public String labelKey() {
        return "minutes.kind." + name();
    }
}
