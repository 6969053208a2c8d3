package vn.gov.quangninh.cooperation.commitment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.quangninh.cooperation.base.i18n.LocalizedName;
import vn.gov.quangninh.cooperation.security.Department;
import vn.gov.quangninh.cooperation.security.Recipients;
import vn.gov.quangninh.cooperation.security.Recipients.Recipient;

/**
 * Every morning, the deadlines each department should hear about: due in 30 days, due in 7 days,
 * due today, just lapsed. Each reminder is recorded once (per commitment, kind and due date), put in
 * the in-app list of the department's users (lead and supporting departments), and mailed as one
 * digest per department to its staff. Running it again the same day finds nothing new.
 */
@Component
public class DeadlineReminders {

    /** One commitment a department is reminded of. */
    public record Item(ReminderKind kind, long commitmentId, String code, String titleVi, LocalDate dueDate) {}

    /** What one department is reminded of in one run, and who of it reads the mail. */
    public record Digest(LocalizedName department, LocalDate day, List<Item> items, List<Recipient> staff) {
        public Digest {
            items = List.copyOf(items);
            staff = List.copyOf(staff);
        }
    }

    private record Key(long commitmentId, ReminderKind kind, LocalDate dueDate) {}

    private final CommitmentRepository commitments;
    private final CommitmentReminderRepository reminders;
    private final NotificationRepository notifications;
    private final Recipients recipients;
    private final ReminderMail mail;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DeadlineReminders(
            CommitmentRepository commitments,
            CommitmentReminderRepository reminders,
            NotificationRepository notifications,
            Recipients recipients,
            ReminderMail mail,
            TransactionTemplate transactions,
            Clock clock) {
        this.commitments = commitments;
        this.reminders = reminders;
        this.notifications = notifications;
        this.recipients = recipients;
        this.mail = mail;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.reminders.cron}", zone = "${app.time-zone}")
    @SchedulerLock(name = "deadline-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void daily() {
        remind();
    }

    /**
     * Records today's new reminders and then mails the digests. The mail goes out after the
     * commit, so a mail server that is down loses a digest but never the in-app reminders.
     */
    public List<Digest> remind() {
        var digests = Objects.requireNonNull(transactions.execute(status -> record(LocalDate.now(clock))));
        mail.send(digests);
        return digests;
    }

    private List<Digest> record(LocalDate today) {
        var candidates = commitments.findOpenDueBetween(ReminderKind.earliestDue(today), ReminderKind.latestDue(today));
        var given = given(candidates);
        var now = clock.instant();
        Map<Department, List<Item>> byDepartment = new LinkedHashMap<>();
        List<CommitmentReminder> created = new ArrayList<>();
        for (var commitment : candidates) {
            var kind = ReminderKind.of(commitment.getDueDate(), today);
            if (kind.isEmpty() || given.contains(new Key(commitment.getId(), kind.get(), commitment.getDueDate()))) {
                continue;
            }
            created.add(reminders.save(new CommitmentReminder(commitment, kind.get(), now)));
            var item = new Item(
                    kind.get(),
                    commitment.getId(),
                    commitment.getCode(),
                    commitment.getTitleVi(),
                    commitment.getDueDate());
            departmentsOf(commitment)
                    .forEach(department -> byDepartment
                            .computeIfAbsent(department, d -> new ArrayList<>())
                            .add(item));
        }
        var people = recipients.inDepartments(
                byDepartment.keySet().stream().map(Department::getId).toList());
        for (var reminder : created) {
            var departmentIds = departmentsOf(reminder.getCommitment())
                    .map(Department::getId)
                    .toList();
            people.stream()
                    .filter(person -> departmentIds.contains(person.departmentId()))
                    .forEach(person -> notifications.save(new Notification(person.id(), reminder)));
        }
        return byDepartment.entrySet().stream()
                .map(entry -> new Digest(
                        entry.getKey().getName(),
                        today,
                        entry.getValue(),
                        people.stream()
                                .filter(person ->
                                        person.departmentId() == entry.getKey().getId())
                                .filter(Recipient::isStaff)
                                .toList()))
                .toList();
    }

    private Set<Key> given(List<Commitment> candidates) {
        var keys = new HashSet<Key>();
        if (candidates.isEmpty()) {
            return keys;
        }
        for (var row : reminders.findKeysByCommitmentIds(
                candidates.stream().map(Commitment::getId).toList())) {
            keys.add(new Key((Long) row[0], (ReminderKind) row[1], (LocalDate) row[2]));
        }
        return keys;
    }

    private static Stream<Department> departmentsOf(Commitment commitment) {
        return Stream.concat(Stream.of(commitment.getLeadDepartment()), commitment.getSupportingDepartments().stream());
    }
}
