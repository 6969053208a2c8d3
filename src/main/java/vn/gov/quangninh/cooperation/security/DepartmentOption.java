package vn.gov.quangninh.cooperation.security;

import java.io.Serializable;
import java.util.Locale;
import vn.gov.quangninh.cooperation.base.i18n.LocalizedName;

/** A department as pickers offer it. */
public record DepartmentOption(long id, String code, LocalizedName name, boolean active) implements Serializable {

    static DepartmentOption of(Department department) {
        return new DepartmentOption(
                department.getId(), department.getCode(), department.getName(), department.isActive());
    }

    public String label(Locale locale) {
        return name.in(locale);
    }
}
