package vn.gov.quangninh.cooperation.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.base.AbstractEntity;
import vn.gov.quangninh.cooperation.base.text.SearchText;
import vn.gov.quangninh.cooperation.base.text.VietnameseCollation;

/**
 * A Chinese locality or agency Quảng Ninh works with, named in Chinese characters, in Vietnamese
 * (Hán-Việt reading) and in pinyin: 东兴市 · Đông Hưng · Dōngxīng.
 */
@Entity
@Table(name = "counterpart_locality")
public class CounterpartLocality extends AbstractEntity {

    public static final int NAME_LENGTH = 150;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name_zh", nullable = false, length = NAME_LENGTH)
    private String nameZh;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name_vi", nullable = false, length = NAME_LENGTH)
    private String nameVi;

    @Size(max = NAME_LENGTH)
    @Column(name = "name_pinyin", length = NAME_LENGTH)
    private @Nullable String namePinyin;

    @Size(max = NAME_LENGTH)
    @Column(name = "name_en", length = NAME_LENGTH)
    private @Nullable String nameEn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LocalityLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private @Nullable CounterpartLocality parent;

    @Column(name = "borders_quang_ninh", nullable = false)
    private boolean bordersQuangNinh;

    @Column(name = "sort_key", nullable = false, length = VietnameseCollation.KEY_LENGTH)
    private String sortKey;

    @Column(name = "search_text", nullable = false, length = 500)
    private String searchText;

    protected CounterpartLocality() {}

    public CounterpartLocality(
            String nameZh,
            String nameVi,
            @Nullable String namePinyin,
            @Nullable String nameEn,
            LocalityLevel level,
            @Nullable CounterpartLocality parent,
            boolean bordersQuangNinh) {
        this.level = level;
        this.parent = parent;
        this.bordersQuangNinh = bordersQuangNinh;
        rename(nameZh, nameVi, namePinyin, nameEn);
    }

    public void rename(String nameZh, String nameVi, @Nullable String namePinyin, @Nullable String nameEn) {
        this.nameZh = nameZh.strip();
        this.nameVi = nameVi.strip();
        this.namePinyin = blankToNull(namePinyin);
        this.nameEn = blankToNull(nameEn);
        this.sortKey = VietnameseCollation.sortKey(this.nameVi);
        this.searchText = SearchText.index(500, this.nameVi, this.nameZh, this.namePinyin, this.nameEn);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameVi() {
        return nameVi;
    }

    public @Nullable String getNamePinyin() {
        return namePinyin;
    }

    public @Nullable String getNameEn() {
        return nameEn;
    }

    public LocalityLevel getLevel() {
        return level;
    }

    public @Nullable CounterpartLocality getParent() {
        return parent;
    }

    public boolean isBordersQuangNinh() {
        return bordersQuangNinh;
    }

    String getSearchText() {
        return searchText;
    }
}
