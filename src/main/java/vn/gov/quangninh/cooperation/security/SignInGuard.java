package vn.gov.quangninh.cooperation.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Brute-force protection (OWASP ASVS 5.0 V6.3): after {@code app.login.max-failures} failed
 * sign-ins within {@code app.login.window} for one account, or from one address, that account or
 * address is refused for {@code app.login.block}, even with the right password. Each block is
 * audited once, when it begins.
 *
 * <p>The counts live in memory, for one application node, in two maps of at most
 * {@value #MAX_TRACKED} entries each: entries expire after the window or the block, and when a
 * map is full the least recently used entry makes room.
 */
@Component
class SignInGuard {

    static final int MAX_TRACKED = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Duration block;
    private final Clock clock;
    private final SecurityAudit audit;
    private final Map<String, Attempts> accounts = lruMap();
    private final Map<String, Attempts> addresses = lruMap();
    private Instant nextSweep = Instant.MIN;

    SignInGuard(
            @Value("${app.login.max-failures}") int maxFailures,
            @Value("${app.login.window}") Duration window,
            @Value("${app.login.block}") Duration block,
            Clock clock,
            SecurityAudit audit) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.block = block;
        this.clock = clock;
        this.audit = audit;
    }

    /** @throws SignInBlockedException when the account or the address is blocked */
    synchronized void checkAllowed(String username, @Nullable String address) {
        var now = clock.instant();
        if (isBlocked(accounts, username, now) || isBlocked(addresses, address, now)) {
            throw new SignInBlockedException();
        }
    }

    void failed(String username, @Nullable String address) {
        List<AuditDetail> blocked = new ArrayList<>(2);
        synchronized (this) {
            var now = clock.instant();
            sweep(now);
            if (countFailure(accounts, username, now)) {
                blocked.add(AuditDetail.of(
                        AuditDetail.Kind.ACCOUNT_BLOCKED, username, minutes(block), maxFailures, minutes(window)));
            }
            if (countFailure(addresses, address, now)) {
                blocked.add(AuditDetail.of(
                        AuditDetail.Kind.ADDRESS_BLOCKED, address, minutes(block), maxFailures, minutes(window)));
            }
        }
        // Audited outside the lock: other sign-ins need not wait for the database.
        blocked.forEach(detail -> audit.record(SecurityEventType.SIGN_IN_BLOCKED, username, detail));
    }

    /** The account's owner knew the password: forget its failures (not its address's). */
    synchronized void succeeded(String username) {
        accounts.remove(username);
    }

    private boolean isBlocked(Map<String, Attempts> attempts, @Nullable String key, Instant now) {
        var entry = key == null ? null : attempts.get(key);
        if (entry == null || entry.blockedUntil == null) {
            return false;
        }
        if (now.isBefore(entry.blockedUntil)) {
            return true;
        }
        attempts.remove(key);
        return false;
    }

    /** Counts one failure; true when it starts a block. */
    private boolean countFailure(Map<String, Attempts> attempts, @Nullable String key, Instant now) {
        if (key == null) {
            return false;
        }
        var entry = attempts.computeIfAbsent(key, any -> new Attempts());
        entry.forgetBefore(now.minus(window));
        entry.failures.addLast(now);
        if (entry.failures.size() < maxFailures) {
            return false;
        }
        entry.failures.clear();
        entry.blockedUntil = now.plus(block);
        return true;
    }

    /** Drops what no longer counts, at most once per window. */
    private void sweep(Instant now) {
        if (now.isBefore(nextSweep)) {
            return;
        }
        nextSweep = now.plus(window);
        var windowStart = now.minus(window);
        for (var attempts : List.of(accounts, addresses)) {
            attempts.values().removeIf(entry -> entry.isStale(windowStart, now));
        }
    }

    /** Whole minutes, at least one: the audit log says "15m" or "15 phút". */
    private static long minutes(Duration duration) {
        return Math.max(1, duration.plusSeconds(59).toMinutes());
    }

    private static Map<String, Attempts> lruMap() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Attempts> eldest) {
                return size() > MAX_TRACKED;
            }
        };
    }

    /** The recent failures of one account or address, and the end of its block if it is blocked. */
    private static final class Attempts {

        private final Deque<Instant> failures = new ArrayDeque<>();
        private @Nullable Instant blockedUntil;

        void forgetBefore(Instant windowStart) {
            while (!failures.isEmpty() && failures.peekFirst().isBefore(windowStart)) {
                failures.removeFirst();
            }
        }

        boolean isStale(Instant windowStart, Instant now) {
            forgetBefore(windowStart);
            return failures.isEmpty() && (blockedUntil == null || !now.isBefore(blockedUntil));
        }
    }
}
