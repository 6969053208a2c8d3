package vn.gov.quangninh.cooperation.report;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.base.i18n.AppI18NProvider;
import vn.gov.quangninh.cooperation.base.i18n.Translator;
import vn.gov.quangninh.cooperation.commitment.CommitmentFlag;
import vn.gov.quangninh.cooperation.meeting.MeetingDetails;
import vn.gov.quangninh.cooperation.meeting.MeetingSeries;

/** The words the report services put into rows, in the reader's language. */
final class ReportTexts implements Translator {

    private final AppI18NProvider i18n;
    private final Locale locale;

    ReportTexts(AppI18NProvider i18n, Locale locale) {
        this.i18n = i18n;
        this.locale = locale;
    }

    @Override
    public String translate(String key, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }

    /** The flags worth a reader's attention (not "on track"), comma-separated; null when none. */
    @Nullable
    String flags(Collection<CommitmentFlag> flags) {
        var text = flags.stream()
                .filter(flag -> flag != CommitmentFlag.ON_TRACK)
                .sorted()
                .map(flag -> translate(flag.labelKey()))
                .collect(Collectors.joining(", "));
        return text.isEmpty() ? null : text;
    }

    /** The meeting in a file name: {@code ubctlh16}, {@code hddx2026} (spring talks go by year, as their codes). */
    static String fileNamePart(MeetingDetails meeting) {
        var prefix = meeting.series().codePrefix().toLowerCase(Locale.ROOT);
        var number = meeting.series() == MeetingSeries.JOINT_WORKING_COMMITTEE && meeting.sessionNumber() != null
                ? meeting.sessionNumber()
                : meeting.startDate().getYear();
        return prefix + number;
    }

    Locale locale() {
        return locale;
    }
}
