package vn.gov.quangninh.cooperation.security;

import java.time.Clock;
import org.hibernate.envers.RevisionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Stamps each revision with the signed-in user ("system" for scheduled work and the sample data)
 * and the application's clock, so that history and tests agree on time.
 */
@Component
class ChangeRevisionListener implements RevisionListener {

    private final Clock clock;

    /**
     * Hibernate asks Spring for this listener; in a JPA-only context (repository tests) there is no
     * application clock, and the system clock stands in.
     */
    ChangeRevisionListener(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public void newRevision(Object revision) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var who = authentication == null ? SystemUser.NAME : authentication.getName();
        ((ChangeRevision) revision).record(abbreviate(who), clock.instant());
    }

    private static String abbreviate(String name) {
        return name.length() <= ChangeRevision.USERNAME_LENGTH
                ? name
                : name.substring(0, ChangeRevision.USERNAME_LENGTH);
    }
}
