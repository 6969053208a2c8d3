package vn.gov.quangninh.cooperation.agreement;

/** The two sides of a cross-border relation. */
public enum Side {
    VIETNAMESE,
    CHINESE;

    public String labelKey() {
        return "side." + name();
    }
}
