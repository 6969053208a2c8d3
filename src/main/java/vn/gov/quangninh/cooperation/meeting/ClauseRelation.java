package vn.gov.quangninh.cooperation.meeting;

/** How a clause relates to an agreement: it carries it out, or it changes it. */
public enum ClauseRelation {
    IMPLEMENTS,
    AMENDS;

    public String labelKey() {
        return "clause.relation." + name();
    }
}
