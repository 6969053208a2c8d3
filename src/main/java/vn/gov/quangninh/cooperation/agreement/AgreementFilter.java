package vn.gov.quangninh.cooperation.agreement;

import java.io.Serializable;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the register is filtered by. Statuses are the ones users see: an applying agreement past its
 * expiry counts as expired. The counterpart matches its subordinate localities too (Quảng Tây finds
 * the agreements with Đông Hưng).
 */
public record AgreementFilter(
        @Nullable String text,
        @Nullable Long counterpartId,
        @Nullable CooperationField field,
        Set<AgreementStatus> statuses,
        @Nullable Integer signedFromYear,
        @Nullable Integer signedToYear,
        boolean expiringSoon)
        implements Serializable {

    /** "Expiring soon" means within this many days. */
    public static final int EXPIRING_DAYS = 90;

    public static AgreementFilter all() {
        return new AgreementFilter(null, null, null, Set.of(), null, null, false);
    }
}
