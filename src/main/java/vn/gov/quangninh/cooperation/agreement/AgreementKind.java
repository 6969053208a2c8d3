package vn.gov.quangninh.cooperation.agreement;

public enum AgreementKind {
    COOPERATION_AGREEMENT,
    MEMORANDUM_OF_UNDERSTANDING,
    COOPERATION_PLAN,
    MINUTES_OF_EXCHANGE;

    public String labelKey() {
        return "agreement.kind." + name();
    }
}
