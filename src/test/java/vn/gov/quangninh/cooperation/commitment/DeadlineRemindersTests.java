package vn.gov.quangninh.cooperation.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.quangninh.cooperation.commitment.DeadlineReminders.Digest;
import vn.gov.quangninh.cooperation.commitment.DeadlineReminders.Item;
import vn.gov.quangninh.cooperation.security.DepartmentOption;
import vn.gov.quangninh.cooperation.security.DepartmentService;
import vn.gov.quangninh.cooperation.testsupport.MutableClock;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;

/**
 * The daily deadline reminders against a real SMTP server (GreenMail): what each department is told,
 * who gets the digest, and that running again sends nothing twice. The days are years ahead, so the
 * sample data's own deadlines are long past and stay out of the way. H2 here, MariaDB in
 * {@link DeadlineRemindersOnMariaDbTest}.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(MutableClock.Config.class)
abstract class DeadlineRemindersTests {

    private static final LocalDate TODAY = LocalDate.of(2031, 1, 10);
    private static final String STAFF_MAIL = "staff@sngv.quangninh.example";

    @RegisterExtension
    static GreenMailExtension smtp =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("app.base-url", () -> "https://hoptac.quangninh.example/");
    }

    @Autowired
    DeadlineReminders reminders;

    @Autowired
    CommitmentService commitments;

    @Autowired
    NotificationService notifications;

    @Autowired
    DepartmentService departments;

    @Autowired
    DataSource dataSource;

    @Autowired
    SignedIn signedIn;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void signIn() {
        signedIn.as("manager");
    }

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.out();
    }

    private DepartmentOption department(String code) {
        return departments.list().stream()
                .filter(option -> option.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private long commitment(String title, LocalDate due, String lead, String... supporting) {
        var draft = commitments.draftFromAgreement(1);
        draft.setTitleVi(title);
        draft.setDueDate(due);
        draft.setLeadDepartment(department(lead));
        draft.setSupportingDepartments(
                Arrays.stream(supporting).map(this::department).collect(Collectors.toSet()));
        return commitments.create(draft);
    }

    private static Map<String, ReminderKind> kinds(Digest digest) {
        return digest.items().stream().collect(Collectors.toMap(Item::titleVi, Item::kind));
    }

    private static Digest of(List<Digest> digests, String department) {
        return digests.stream()
                .filter(digest -> digest.department().vi().equals(department))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No digest for " + department + ": " + digests));
    }

    private static MimeMessage[] mailTo(String address) throws Exception {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                .anyMatch(to -> to.toString().equals(address));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toArray(MimeMessage[]::new);
    }

    @Test
    void eachDepartmentHearsOnceOfItsDeadlinesInOneDigest() throws Exception {
        clock.setToday(TODAY.minusDays(200));
        var monthAhead = commitment("Hội chợ thương mại Việt – Trung (Lào Cai)", TODAY.plusDays(30), "SNGV");
        commitment("Trao đổi đoàn thanh niên biên giới", TODAY.plusDays(7), "SCT", "SNGV");
        commitment("Ký biên bản nghiệm thu cầu Bắc Luân II", TODAY, "SNGV");
        commitment("Khảo sát tuyến du lịch Trà Cổ – Đông Hưng", TODAY.minusDays(90), "SNGV");
        commitment("Chưa đến lúc nhắc (31 ngày)", TODAY.plusDays(31), "SNGV");
        commitment("Quá hạn 89 ngày, chưa tới mốc 90", TODAY.minusDays(89), "SNGV");
        commitment("Việc riêng của Sở Du lịch", TODAY.plusDays(7), "SDL");
        clock.setToday(TODAY);
        smtp.purgeEmailFromAllMailboxes();

        var digests = reminders.remind();

        assertThat(kinds(of(digests, "Sở Ngoại vụ")))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "Hội chợ thương mại Việt – Trung (Lào Cai)", ReminderKind.DUE_IN_30,
                        "Trao đổi đoàn thanh niên biên giới", ReminderKind.DUE_IN_7,
                        "Ký biên bản nghiệm thu cầu Bắc Luân II", ReminderKind.DUE_TODAY,
                        "Khảo sát tuyến du lịch Trà Cổ – Đông Hưng", ReminderKind.LAPSED));
        assertThat(kinds(of(digests, "Sở Công Thương"))).containsOnlyKeys("Trao đổi đoàn thanh niên biên giới");
        assertThat(kinds(of(digests, "Sở Du lịch"))).containsOnlyKeys("Việc riêng của Sở Du lịch");
        assertThat(of(digests, "Sở Ngoại vụ").staff())
                .extracting(recipient -> recipient.username())
                .containsExactly("staff");

        var mails = mailTo(STAFF_MAIL);
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).isEqualTo("[Sở Ngoại vụ] Nhắc hạn cam kết – Sở Ngoại vụ – 10/01/2031");
        assertThat(mails[0].getContent().toString())
                .contains("Kính gửi cán bộ Sở Ngoại vụ,")
                .contains("Đến hạn trong 30 ngày")
                .contains("Đến hạn trong 7 ngày")
                .contains("Đến hạn hôm nay")
                .contains("Quá hạn đã 90 ngày")
                .contains("Khảo sát tuyến du lịch Trà Cổ – Đông Hưng (hạn 12/10/2030)")
                .contains("https://hoptac.quangninh.example/commitments/" + monthAhead)
                .doesNotContain("Việc riêng của Sở Du lịch")
                .doesNotContain("31 ngày)")
                .doesNotContain("chưa tới mốc 90");

        signedIn.as("staff");
        assertThat(notifications.unreadCount()).isEqualTo(4);
        assertThat(notifications.latest())
                .extracting(NotificationRow::titleVi)
                .doesNotContain("Việc riêng của Sở Du lịch");
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();

        smtp.purgeEmailFromAllMailboxes();
        assertThat(reminders.remind()).isEmpty();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void aLaterDayBringsTheNextReminderAndANewDueDateStartsAgain() {
        var start = LocalDate.of(2032, 5, 10);
        clock.setToday(start.minusDays(10));
        var id = commitment("Diễn tập phòng chống dịch bệnh qua biên giới", start.plusDays(30), "SNGV");

        clock.setToday(start);
        assertThat(titles(reminders.remind())).contains("Diễn tập phòng chống dịch bệnh qua biên giới");
        clock.setToday(start.plusDays(1));
        assertThat(titles(reminders.remind())).doesNotContain("Diễn tập phòng chống dịch bệnh qua biên giới");
        clock.setToday(start.plusDays(23));
        assertThat(kinds(of(reminders.remind(), "Sở Ngoại vụ")))
                .containsEntry("Diễn tập phòng chống dịch bệnh qua biên giới", ReminderKind.DUE_IN_7);

        var later = commitments.edit(id);
        later.setDueDate(start.plusDays(60));
        commitments.update(later);
        clock.setToday(start.plusDays(30));
        assertThat(kinds(of(reminders.remind(), "Sở Ngoại vụ")))
                .containsEntry("Diễn tập phòng chống dịch bệnh qua biên giới", ReminderKind.DUE_IN_30);
    }

    @Test
    void onlyOneNodeRunsTheJobWhileItsLockIsHeld() {
        var day = LocalDate.of(2033, 3, 1);
        clock.setToday(day);
        reminders.daily();
        var locks = new JdbcTemplate(dataSource).queryForList("select name from shedlock", String.class);
        assertThat(locks).contains("deadline-reminders");

        commitment("Cam kết đến hạn khi khóa còn giữ", day, "SNGV");
        reminders.daily();
        signedIn.as("staff");
        var before = notifications.unreadCount();
        assertThat(notifications.latest())
                .extracting(NotificationRow::titleVi)
                .doesNotContain("Cam kết đến hạn khi khóa còn giữ");

        reminders.remind();
        assertThat(notifications.unreadCount()).isEqualTo(before + 1);
    }

    private static Set<String> titles(List<Digest> digests) {
        return digests.stream()
                .flatMap(digest -> digest.items().stream())
                .map(Item::titleVi)
                .collect(Collectors.toSet());
    }
}
