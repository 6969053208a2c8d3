package vn.gov.quangninh.cooperation.base.i18n;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How dates and numbers read in the interface: dd/MM/yyyy, and "1.234" in Vietnamese. */
public final class Formats {

    public static final String DATE_PATTERN = "dd/MM/yyyy";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern(DATE_PATTERN + " HH:mm");
    /** The office's time zone: times are shown as the office lives them. */
    public static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private Formats() {}

    public static String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(OFFICE_ZONE));
    }

    public static String number(long number, Locale locale) {
        return NumberFormat.getIntegerInstance(Languages.supported(locale)).format(number);
    }

    /** A file size for people: "850 KB", "2,4 MB" (decimal comma in Vietnamese). */
    public static String fileSize(long bytes, Locale locale) {
        if (bytes < 1024 * 1024) {
            return number(Math.max(1, bytes / 1024), locale) + " KB";
        }
        var format = NumberFormat.getNumberInstance(Languages.supported(locale));
        format.setMaximumFractionDigits(1);
        return format.format(bytes / (1024.0 * 1024.0)) + " MB";
    }
}
