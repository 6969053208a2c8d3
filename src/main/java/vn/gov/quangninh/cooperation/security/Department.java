package vn.gov.quangninh.cooperation.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.base.AbstractEntity;
import vn.gov.quangninh.cooperation.base.i18n.LocalizedName;

/** A department of the province (Sở Ngoại vụ, Chi cục Hải quan Móng Cái...): owner of work and home of users. */
@Entity
@Table(name = "department")
public class Department extends AbstractEntity {

    public static final int CODE_LENGTH = 30;
    public static final int NAME_LENGTH = 200;

    @NotBlank
    @Size(max = CODE_LENGTH)
    @Pattern(regexp = "[A-Z0-9-]*")
    @Column(nullable = false, length = CODE_LENGTH)
    private String code;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name_vi", nullable = false, length = NAME_LENGTH)
    private String nameVi;

    @Size(max = NAME_LENGTH)
    @Column(name = "name_en", length = NAME_LENGTH)
    private @Nullable String nameEn;

    private boolean active = true;

    protected Department() {}

    public Department(String code, String nameVi, @Nullable String nameEn) {
        this.code = code;
        rename(nameVi, nameEn);
    }

    public String getCode() {
        return code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public @Nullable String getNameEn() {
        return nameEn;
    }

    /** The name in the user's language; Vietnamese when there is no English name. */
    public String getName(Locale locale) {
        return getName().in(locale);
    }

    public LocalizedName getName() {
        return new LocalizedName(nameVi, nameEn);
    }

    public boolean isActive() {
        return active;
    }

    public void rename(String nameVi, @Nullable String nameEn) {
        this.nameVi = nameVi.strip();
        this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
    }

    /** Retired departments stay on past records but are no longer offered for new ones. */
    public void retire() {
        active = false;
    }

    public void reinstate() {
        active = true;
    }
}
