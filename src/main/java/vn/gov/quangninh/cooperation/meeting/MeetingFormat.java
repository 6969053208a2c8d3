package vn.gov.quangninh.cooperation.meeting;

public enum MeetingFormat {
    IN_PERSON,
    ONLINE;

    public String labelKey() {
        return "meeting.format." + name();
    }
}
