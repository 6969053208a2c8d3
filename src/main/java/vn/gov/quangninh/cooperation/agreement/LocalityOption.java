package vn.gov.quangninh.cooperation.agreement;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.base.text.SearchText;

/** A counterpart locality as pickers and lists show it: "Đông Hưng (东兴市)". */
public record LocalityOption(
        long id,
        String nameVi,
        String nameZh,
        @Nullable String namePinyin,
        @Nullable String nameEn,
        LocalityLevel level,
        @Nullable Long parentId,
        boolean bordersQuangNinh)
        implements Serializable {

    static LocalityOption of(CounterpartLocality locality) {
        var parent = locality.getParent();
        return new LocalityOption(
                locality.getId(),
                locality.getNameVi(),
                locality.getNameZh(),
                locality.getNamePinyin(),
                locality.getNameEn(),
                locality.getLevel(),
                parent == null ? null : parent.getId(),
                locality.isBordersQuangNinh());
    }

    /** Vietnamese and Chinese together, as both sides read it. */
    public String label() {
        return nameVi + " (" + nameZh + ")";
    }

    /** True when the user's filter text matches any of the names, with or without diacritics. */
    public boolean matches(String filter) {
        var folded = SearchText.fold(filter);
        return folded.isEmpty()
                || SearchText.index(600, nameVi, nameZh, namePinyin, nameEn).contains(folded);
    }
}
