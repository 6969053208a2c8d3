package vn.gov.quangninh.cooperation.agreement;

/** Who signed for Quảng Ninh. */
public enum AgreementLevel {
    PROVINCIAL_PEOPLES_COMMITTEE,
    PARTY_COMMITTEE,
    DEPARTMENT,
    DISTRICT;

    public String labelKey() {
        return "agreement.level." + name();
    }
}
