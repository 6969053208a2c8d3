package vn.gov.quangninh.cooperation.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.List;
import vn.gov.quangninh.cooperation.base.i18n.Formats;

/** Date pickers that speak the user's language and write dates as dd/MM/yyyy. */
public final class DatePickers {

    private DatePickers() {}

    public static DatePicker create(String label) {
        var picker = new DatePicker(label);
        localize(picker);
        return picker;
    }

    public static void localize(DatePicker picker) {
        var i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats(Formats.DATE_PATTERN, "d/M/yyyy", "d/M/yy");
        i18n.setMonthNames(list(picker, "datepicker.months"));
        i18n.setWeekdays(list(picker, "datepicker.weekdays"));
        i18n.setWeekdaysShort(list(picker, "datepicker.weekdays-short"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(picker.getTranslation("datepicker.today"));
        i18n.setCancel(picker.getTranslation("action.cancel"));
        picker.setI18n(i18n);
        picker.setPlaceholder("dd/mm/yyyy");
    }

    private static List<String> list(DatePicker picker, String key) {
        return List.of(picker.getTranslation(key).split(","));
    }
}
