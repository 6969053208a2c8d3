package vn.gov.quangninh.cooperation.security;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.quangninh.cooperation.base.text.SearchText;

/** Reading the security audit log: administrators only, one page at a time from the database. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(AppRoles.HAS_ADMIN)
public class SecurityEventService {

    /** The orders the indexes of V13 serve; any other would sort the whole table. */
    private static final Set<String> SORTABLE = Set.of("occurredAt", "type", "username");

    static final int MAX_PAGE_SIZE = 200;

    private final SecurityEventRepository events;
    private final Clock clock;

    SecurityEventService(SecurityEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** One page of the events that meet the criteria, newest first unless another order is asked for. */
    public List<SecurityEvent> search(SecurityEventCriteria criteria, Pageable page) {
        var request = PageRequest.of(
                page.getPageNumber(), Math.min(page.getPageSize(), MAX_PAGE_SIZE), order(page.getSort()));
        var username = blankToNull(criteria.username());
        var text = blankToNull(criteria.text());
        return events.search(
                        criteria.type(),
                        username == null ? null : UserAccount.normalizeUsername(username),
                        startOf(criteria.from()),
                        criteria.to() == null ? null : startOf(criteria.to().plusDays(1)),
                        text == null ? null : SearchText.containsPattern(text),
                        request)
                .getContent();
    }

    private static Sort order(Sort requested) {
        var allowed = Sort.by(requested
                .filter(order -> SORTABLE.contains(order.getProperty()))
                .toList());
        // The id breaks ties between events of the same instant, so pages neither repeat nor skip rows.
        return (allowed.isEmpty() ? Sort.by(Sort.Direction.DESC, "occurredAt") : allowed)
                .and(Sort.by(Sort.Direction.DESC, "id"));
    }

    private @Nullable Instant startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(clock.getZone()).toInstant();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
