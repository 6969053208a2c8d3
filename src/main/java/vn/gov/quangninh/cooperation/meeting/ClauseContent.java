package vn.gov.quangninh.cooperation.meeting;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.agreement.Agreement;
import vn.gov.quangninh.cooperation.agreement.CooperationField;

/** What one numbered clause says, and the agreements it refers to; {@code id} is empty for a new clause. */
public record ClauseContent(
        @Nullable Long id,
        int number,
        @Nullable CooperationField field,
        String textVi,
        @Nullable String textZh,
        Map<Agreement, ClauseRelation> agreements) {}
