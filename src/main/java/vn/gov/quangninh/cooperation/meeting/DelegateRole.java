package vn.gov.quangninh.cooperation.meeting;

public enum DelegateRole {
    HEAD,
    MEMBER;

    public String labelKey() {
        return "meeting.delegate.role." + name();
    }
}
