package vn.gov.quangninh.cooperation.meeting;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What later features make from minutes clauses (commitments). They implement this so the meeting
 * page shows, under each clause, what came of it, and offers editors the next step, without the
 * meeting feature knowing them.
 */
public interface ClauseFollowUps {

    /** The records made from each clause, labelled in the reader's language. */
    Map<Long, List<Link>> madeFrom(Collection<Long> clauseIds, Locale locale);

    /** The action offered to editors on a clause ("create a commitment from this clause"), if any. */
    Optional<Link> actionFor(long clauseId, Locale locale);

    record Link(String label, String route) implements Serializable {}
}
