package vn.gov.quangninh.cooperation.agreement;

/** How one agreement relates to another: "this agreement amends that one". */
public enum LinkType {
    AMENDS,
    EXTENDS,
    SUPERSEDES,
    IMPLEMENTS;

    public String labelKey() {
        return "agreement.link." + name();
    }

    public String inverseLabelKey() {
        return "agreement.link.inverse." + name();
    }
}
