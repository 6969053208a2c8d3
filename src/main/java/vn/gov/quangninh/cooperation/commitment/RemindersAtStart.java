package vn.gov.quangninh.cooperation.commitment;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Catches up on the day's reminders when the application starts after the morning run was due;
 * through the job's lock, so a node starting while another runs it does nothing.
 */
@Component
@ConditionalOnBooleanProperty("app.reminders.at-start")
class RemindersAtStart {

    private final DeadlineReminders reminders;

    RemindersAtStart(DeadlineReminders reminders) {
        this.reminders = reminders;
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        reminders.daily();
    }
}
