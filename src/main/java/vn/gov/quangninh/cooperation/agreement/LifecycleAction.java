package vn.gov.quangninh.cooperation.agreement;

import static vn.gov.quangninh.cooperation.agreement.AgreementStatus.AMENDED;
import static vn.gov.quangninh.cooperation.agreement.AgreementStatus.DRAFT;
import static vn.gov.quangninh.cooperation.agreement.AgreementStatus.EXPIRED;
import static vn.gov.quangninh.cooperation.agreement.AgreementStatus.EXTENDED;
import static vn.gov.quangninh.cooperation.agreement.AgreementStatus.IN_FORCE;
import static vn.gov.quangninh.cooperation.agreement.AgreementStatus.SIGNED;
import static vn.gov.quangninh.cooperation.agreement.AgreementStatus.SUSPENDED;
import static vn.gov.quangninh.cooperation.agreement.AgreementStatus.TERMINATED;

import java.util.EnumSet;
import java.util.Set;

/** The named steps of an agreement's life: from which statuses each may be taken, and where it leads. */
public enum LifecycleAction {
    SIGN(EnumSet.of(DRAFT), SIGNED),
    BRING_INTO_FORCE(EnumSet.of(SIGNED), IN_FORCE),
    AMEND(AgreementStatus.APPLYING, AMENDED),
    EXTEND(AgreementStatus.APPLYING, EXTENDED),
    SUSPEND(AgreementStatus.APPLYING, SUSPENDED),
    RESUME(EnumSet.of(SUSPENDED), IN_FORCE),
    RECORD_EXPIRY(EnumSet.of(IN_FORCE, AMENDED, EXTENDED, SUSPENDED), EXPIRED),
    TERMINATE(EnumSet.of(SIGNED, IN_FORCE, AMENDED, EXTENDED, SUSPENDED), TERMINATED);

    private final Set<AgreementStatus> from;
    private final AgreementStatus to;

    LifecycleAction(Set<AgreementStatus> from, AgreementStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean isAllowedFrom(AgreementStatus status) {
        return from.contains(status);
    }

    public AgreementStatus target() {
        return to;
    }

    public String labelKey() {
        return "agreement.action." + name();
    }
}
