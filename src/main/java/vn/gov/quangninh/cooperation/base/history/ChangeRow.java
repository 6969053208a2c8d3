package vn.gov.quangninh.cooperation.base.history;

import java.io.Serializable;
import java.time.Instant;

/**
 * One changed field in a record's history, read in the reader's language: when, by whom, which
 * field, and its value before and after ("" where there was none). The revision number orders
 * changes (clocks may disagree; revisions are numbered as they are saved).
 */
public record ChangeRow(
        long revision, Instant changedAt, String username, String field, String oldValue, String newValue)
        implements Serializable {}
