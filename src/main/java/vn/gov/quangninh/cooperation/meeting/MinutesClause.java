package vn.gov.quangninh.cooperation.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.agreement.CooperationField;
import vn.gov.quangninh.cooperation.base.AbstractEntity;

/** A numbered item of the minutes: what was agreed. Commitments come from clauses. */
@Entity
@Audited
@Table(name = "minutes_clause")
public class MinutesClause extends AbstractEntity {

    public static final int TEXT_LENGTH = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "minutes_id")
    private Minutes minutes;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private @Nullable CooperationField field;

    @Column(name = "text_vi", nullable = false, length = TEXT_LENGTH)
    private String textVi;

    @Column(name = "text_zh", length = TEXT_LENGTH)
    private @Nullable String textZh;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "clause_agreement", joinColumns = @JoinColumn(name = "clause_id"))
    private List<ClauseReference> references = new ArrayList<>();

    protected MinutesClause() {}

    MinutesClause(Minutes minutes, ClauseContent content) {
        this.minutes = minutes;
        rewrite(content);
    }

    void rewrite(ClauseContent content) {
        this.number = content.number();
        this.field = content.field();
        this.textVi = content.textVi().strip();
        this.textZh = content.textZh() == null || content.textZh().isBlank()
                ? null
                : content.textZh().strip();
        this.references.clear();
        content.agreements().forEach((agreement, relation) -> references.add(new ClauseReference(agreement, relation)));
    }

    /** A correction of the text of a signed clause; the minutes keep the revision. */
    void correct(String textVi, @Nullable String textZh) {
        this.textVi = textVi.strip();
        this.textZh = textZh == null || textZh.isBlank() ? null : textZh.strip();
    }

    public Minutes getMinutes() {
        return minutes;
    }

    public int getNumber() {
        return number;
    }

    public @Nullable CooperationField getField() {
        return field;
    }

    public String getTextVi() {
        return textVi;
    }

    public @Nullable String getTextZh() {
        return textZh;
    }

    public List<ClauseReference> getReferences() {
        return List.copyOf(references);
    }
}
