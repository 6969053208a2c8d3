package vn.gov.quangninh.cooperation.meeting;

/**
 * Tells whether something made from a clause (a commitment) still refers to it, so that removing the
 * clause from draft minutes can be refused. Implemented by the features built on meetings.
 */
public interface ClauseUsage {

    boolean isReferenced(long clauseId);
}
