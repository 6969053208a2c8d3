package vn.gov.quangninh.cooperation.commitment;

public enum Priority {
    HIGH,
    NORMAL,
    LOW;

    public String labelKey() {
        return "priority." + name();
    }
}
