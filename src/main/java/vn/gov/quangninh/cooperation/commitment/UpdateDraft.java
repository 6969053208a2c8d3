package vn.gov.quangninh.cooperation.commitment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The progress update form's model; the constraints mirror the columns. */
public class UpdateDraft implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private @Nullable Long id;
    private long version;
    private long commitmentId;

    @NotNull
    private @Nullable LocalDate asOfDate;

    @NotBlank
    @Size(max = ProgressUpdate.NARRATIVE_LENGTH)
    private String narrativeVi = "";

    @Size(max = ProgressUpdate.NARRATIVE_LENGTH)
    private String narrativeZh = "";

    @NotNull
    private @Nullable CompletionLevel proposedLevel;

    @Size(max = ProgressUpdate.LETTER_LENGTH)
    private String letterNumber = "";

    private @Nullable LocalDate letterDate;

    @Size(max = ProgressUpdate.LINK_LENGTH)
    private String link = "";

    @Size(max = ProgressUpdate.NOTE_LENGTH)
    private String blockers = "";

    @Size(max = ProgressUpdate.NOTE_LENGTH)
    private String nextSteps = "";

    private List<ResponsibleParty> partyStatuses = new ArrayList<>();

    UpdateContent content() {
        return new UpdateContent(
                asOfDate,
                narrativeVi,
                narrativeZh,
                proposedLevel,
                letterNumber,
                letterDate,
                link,
                blockers,
                nextSteps,
                partyStatuses);
    }

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

    public long getCommitmentId() {
        return commitmentId;
    }

    void setCommitmentId(long commitmentId) {
        this.commitmentId = commitmentId;
    }

    public @Nullable LocalDate getAsOfDate() {
        return asOfDate;
    }

    public void setAsOfDate(@Nullable LocalDate asOfDate) {
        this.asOfDate = asOfDate;
    }

    public String getNarrativeVi() {
        return narrativeVi;
    }

    public void setNarrativeVi(String narrativeVi) {
        this.narrativeVi = narrativeVi;
    }

    public String getNarrativeZh() {
        return narrativeZh;
    }

    public void setNarrativeZh(String narrativeZh) {
        this.narrativeZh = narrativeZh;
    }

    public @Nullable CompletionLevel getProposedLevel() {
        return proposedLevel;
    }

    public void setProposedLevel(@Nullable CompletionLevel proposedLevel) {
        this.proposedLevel = proposedLevel;
    }

    public String getLetterNumber() {
        return letterNumber;
    }

    public void setLetterNumber(String letterNumber) {
        this.letterNumber = letterNumber;
    }

    public @Nullable LocalDate getLetterDate() {
        return letterDate;
    }

    public void setLetterDate(@Nullable LocalDate letterDate) {
        this.letterDate = letterDate;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getBlockers() {
        return blockers;
    }

    public void setBlockers(String blockers) {
        this.blockers = blockers;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public void setNextSteps(String nextSteps) {
        this.nextSteps = nextSteps;
    }

    public List<ResponsibleParty> getPartyStatuses() {
        return partyStatuses;
    }

    public void setPartyStatuses(List<ResponsibleParty> partyStatuses) {
        this.partyStatuses = new ArrayList<>(partyStatuses);
    }
}
