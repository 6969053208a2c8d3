package vn.gov.quangninh.cooperation.agreement;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.base.i18n.LocalizedName;

/** One line of the register. {@code status} is as of today (an agreement past its expiry shows expired). */
public record AgreementRow(
        long id,
        String referenceCode,
        String titleVi,
        @Nullable String titleZh,
        List<String> counterparts,
        @Nullable LocalDate signingDate,
        @Nullable LocalDate expiryDate,
        boolean indefinite,
        AgreementStatus status,
        @Nullable LocalizedName leadDepartment)
        implements Serializable {}
