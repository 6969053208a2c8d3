package vn.gov.quangninh.cooperation.agreement;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an agreement stands: draft → signed → in force → (amended | extended | suspended) → expired
 * | terminated. Changed only through a {@link LifecycleAction}.
 */
public enum AgreementStatus {
    DRAFT,
    SIGNED,
    IN_FORCE,
    AMENDED,
    EXTENDED,
    SUSPENDED,
    EXPIRED,
    TERMINATED;

    /** The statuses in which an agreement applies; past its expiry date it shows as expired. */
    public static final Set<AgreementStatus> APPLYING = EnumSet.of(IN_FORCE, AMENDED, EXTENDED);

    public boolean isApplying() {
        return APPLYING.contains(this);
    }

    public String labelKey() {
        return "agreement.status." + name();
    }
}
