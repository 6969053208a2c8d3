package vn.gov.quangninh.cooperation.commitment;

import java.util.List;

/**
 * How far a commitment has been carried out, on the Open Government Partnership scale; "no
 * evidence" until an update has been approved. Only an approved progress update changes it.
 */
public enum CompletionLevel {
    NO_EVIDENCE,
    NOT_STARTED,
    LIMITED,
    SUBSTANTIAL,
    COMPLETE;

    /** The levels a progress update may propose. */
    public static final List<CompletionLevel> PROPOSABLE = List.of(NOT_STARTED, LIMITED, SUBSTANTIAL, COMPLETE);

    public String labelKey() {
        return "completion." + name();
    }
}
