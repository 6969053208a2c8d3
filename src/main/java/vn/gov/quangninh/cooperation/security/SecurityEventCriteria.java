package vn.gov.quangninh.cooperation.security;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the administrator narrows the audit log to; every part is optional. The dates are days in
 * the application's time zone, both included.
 */
public record SecurityEventCriteria(
        @Nullable SecurityEventType type,
        @Nullable String username,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String text) {}
