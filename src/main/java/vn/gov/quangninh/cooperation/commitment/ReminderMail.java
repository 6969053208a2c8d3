package vn.gov.quangninh.cooperation.commitment;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import vn.gov.quangninh.cooperation.base.i18n.Formats;
import vn.gov.quangninh.cooperation.commitment.DeadlineReminders.Digest;
import vn.gov.quangninh.cooperation.commitment.DeadlineReminders.Item;
import vn.gov.quangninh.cooperation.security.Recipients.Recipient;

/**
 * The deadline digests by e-mail: one message per department (and language) to its staff who have
 * an address. Without an SMTP host (spring.mail.host, empty in the mysql profile unless MAIL_HOST
 * is set) no mail goes out, and the reminders stay in the application's own list.
 */
@Component
class ReminderMail {

    private static final Logger log = LoggerFactory.getLogger(ReminderMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final I18NProvider i18n;
    private final String from;
    private final String baseUrl;

    ReminderMail(
            ObjectProvider<JavaMailSender> sender,
            I18NProvider i18n,
            @Value("${app.mail.from}") String from,
            @Value("${app.base-url}") String baseUrl) {
        this.sender = sender;
        this.i18n = i18n;
        this.from = from;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    void send(List<Digest> digests) {
        var mailer = sender.getIfAvailable();
        if (mailer == null || (mailer instanceof JavaMailSenderImpl configured && isBlank(configured.getHost()))) {
            return;
        }
        for (var digest : digests) {
            var byLanguage = digest.staff().stream()
                    .filter(person -> person.email() != null)
                    .collect(Collectors.groupingBy(Recipient::language));
            byLanguage.forEach((language, readers) -> {
                try {
                    mailer.send(message(digest, language, readers));
                } catch (MailException failed) {
                    log.warn(
                            "Deadline digest for {} not sent: {}",
                            digest.department().vi(),
                            failed.toString());
                }
            });
        }
    }

    private static boolean isBlank(@Nullable String host) {
        return host == null || host.isBlank();
    }

    private SimpleMailMessage message(Digest digest, Locale language, List<Recipient> readers) {
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(readers.stream().map(Recipient::email).toArray(String[]::new));
        var department = digest.department().in(language);
        message.setSubject(text(language, "reminder.mail.subject", department, Formats.date(digest.day())));
        var body = new StringBuilder()
                .append(text(language, "reminder.mail.greeting", department))
                .append("\n\n")
                .append(text(language, "reminder.mail.intro", Formats.date(digest.day())))
                .append('\n');
        for (var kind : ReminderKind.values()) {
            var items =
                    digest.items().stream().filter(item -> item.kind() == kind).toList();
            if (!items.isEmpty()) {
                body.append('\n').append(text(language, kind.labelKey())).append('\n');
                items.forEach(item -> body.append(line(language, item)));
            }
        }
        body.append('\n').append(text(language, "reminder.mail.footer")).append('\n');
        message.setText(body.toString());
        return message;
    }

    private String line(Locale language, Item item) {
        return text(language, "reminder.mail.item", item.code(), item.titleVi(), Formats.date(item.dueDate())) + "\n   "
                + baseUrl + "/commitments/" + item.commitmentId() + "\n";
    }

    private String text(Locale language, String key, Object... params) {
        return i18n.getTranslation(key, language, params);
    }
}
