package vn.gov.quangninh.cooperation.commitment;

public enum PartyStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE;

    public String labelKey() {
        return "party.status." + name();
    }
}
