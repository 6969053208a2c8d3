package vn.gov.quangninh.cooperation.meeting;

/**
 * The recurring meetings that drive the cooperation. Each has the code prefix that commitments made
 * there carry: UBCTLH16-05 is clause 5 of the 16th Joint Working Committee conference.
 */
public enum MeetingSeries {
    /** Hội đàm đầu Xuân: the leaders of Quảng Ninh and Guangxi, once a year. */
    SPRING_TALKS("HDDX"),
    /** Ủy ban công tác liên hợp: Quảng Ninh, Cao Bằng, Hà Giang, Lạng Sơn with Guangxi. */
    JOINT_WORKING_COMMITTEE("UBCTLH"),
    /** Working groups, border-gate meetings and other exchanges. */
    OTHER("HN");

    private final String codePrefix;

    MeetingSeries(String codePrefix) {
        this.codePrefix = codePrefix;
    }

    public String codePrefix() {
        return codePrefix;
    }

    public String labelKey() {
        return "meeting.series." + name();
    }
}
