package vn.gov.quangninh.cooperation.agreement;

/** Which language version prevails if the texts differ. */
public enum AuthoritativeText {
    EQUALLY_AUTHENTIC,
    VIETNAMESE,
    CHINESE,
    ENGLISH;

    public String labelKey() {
        return "agreement.authoritative." + name();
    }
}
