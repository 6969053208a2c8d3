package vn.gov.quangninh.cooperation.commitment;

import java.io.Serializable;
import vn.gov.quangninh.cooperation.base.i18n.LocalizedName;

/** A submitted update waiting for a manager, with the commitment it would change. */
public record ReviewItem(
        long commitmentId,
        String code,
        String titleVi,
        LocalizedName leadDepartment,
        CompletionLevel currentLevel,
        CommitmentDetails.UpdateEntry update)
        implements Serializable {}
