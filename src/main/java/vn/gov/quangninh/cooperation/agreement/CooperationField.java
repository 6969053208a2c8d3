package vn.gov.quangninh.cooperation.agreement;

/**
 * Fields of cooperation, shared by agreements, minutes clauses and commitments. Labels are in the
 * bundles under {@code field.<NAME>}.
 */
public enum CooperationField {
    TRADE,
    BORDER_GATES_TRANSPORT,
    BORDER_MANAGEMENT_SECURITY,
    CUSTOMS,
    TOURISM,
    AGRICULTURE,
    CULTURE_EDUCATION,
    HEALTH,
    LABOUR,
    PARTY_RELATIONS,
    OTHER;

    public String labelKey() {
        return "field." + name();
    }
}
