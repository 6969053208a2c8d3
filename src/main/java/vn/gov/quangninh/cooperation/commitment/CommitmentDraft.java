package vn.gov.quangninh.cooperation.commitment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.agreement.CooperationField;
import vn.gov.quangninh.cooperation.security.DepartmentOption;

/** The commitment form's model; the constraints mirror the columns. The source is fixed at creation. */
public class CommitmentDraft implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private @Nullable Long id;
    private long version;
    private @Nullable Long sourceClauseId;
    private @Nullable Long sourceAgreementId;
    private String sourceLabel = "";

    @NotBlank
    @Size(max = Commitment.TITLE_LENGTH)
    private String titleVi = "";

    @Size(max = Commitment.TITLE_LENGTH)
    private String titleZh = "";

    @Size(max = Commitment.DESCRIPTION_LENGTH)
    private String description = "";

    private @Nullable CooperationField field;

    @NotEmpty
    private List<ResponsibleParty> parties = new ArrayList<>();

    @NotNull
    private @Nullable DepartmentOption leadDepartment;

    private Set<DepartmentOption> supportingDepartments = new LinkedHashSet<>();

    @Size(max = Commitment.AGENCY_LENGTH)
    private String counterpartAgency = "";

    private @Nullable LocalDate dueDate;
    private boolean ongoing;

    @Min(1)
    @Max(60)
    private @Nullable Integer reviewIntervalMonths;

    @NotNull
    private Priority priority = Priority.NORMAL;

    public @Nullable Long getId() {
        return id;
    }

    void setId(@Nullable Long id) {
        this.id = id;
    }

    public boolean isNew() {
        return id == null;
    }

    public long getVersion() {
        return version;
    }

    void setVersion(long version) {
        this.version = version;
    }

    public @Nullable Long getSourceClauseId() {
        return sourceClauseId;
    }

    void setSourceClauseId(@Nullable Long sourceClauseId) {
        this.sourceClauseId = sourceClauseId;
    }

    public @Nullable Long getSourceAgreementId() {
        return sourceAgreementId;
    }

    void setSourceAgreementId(@Nullable Long sourceAgreementId) {
        this.sourceAgreementId = sourceAgreementId;
    }

    /** Where the commitment comes from, as the form shows it. */
    public String getSourceLabel() {
        return sourceLabel;
    }

    void setSourceLabel(String sourceLabel) {
        this.sourceLabel = sourceLabel;
    }

    public String getTitleVi() {
        return titleVi;
    }

    public void setTitleVi(String titleVi) {
        this.titleVi = titleVi;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public void setTitleZh(String titleZh) {
        this.titleZh = titleZh;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public @Nullable CooperationField getField() {
        return field;
    }

    public void setField(@Nullable CooperationField field) {
        this.field = field;
    }

    public List<ResponsibleParty> getParties() {
        return parties;
    }

    public void setParties(List<ResponsibleParty> parties) {
        this.parties = new ArrayList<>(parties);
    }

    public @Nullable DepartmentOption getLeadDepartment() {
        return leadDepartment;
    }

    public void setLeadDepartment(@Nullable DepartmentOption leadDepartment) {
        this.leadDepartment = leadDepartment;
    }

    public Set<DepartmentOption> getSupportingDepartments() {
        return supportingDepartments;
    }

    public void setSupportingDepartments(Set<DepartmentOption> supportingDepartments) {
        this.supportingDepartments = new LinkedHashSet<>(supportingDepartments);
    }

    public String getCounterpartAgency() {
        return counterpartAgency;
    }

    public void setCounterpartAgency(String counterpartAgency) {
        this.counterpartAgency = counterpartAgency;
    }

    public @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(@Nullable LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public boolean isOngoing() {
        return ongoing;
    }

    public void setOngoing(boolean ongoing) {
        this.ongoing = ongoing;
    }

    public @Nullable Integer getReviewIntervalMonths() {
        return reviewIntervalMonths;
    }

    public void setReviewIntervalMonths(@Nullable Integer reviewIntervalMonths) {
        this.reviewIntervalMonths = reviewIntervalMonths;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }
}
