package vn.gov.quangninh.cooperation.agreement;

import static vn.gov.quangninh.cooperation.base.history.AuditedField.date;
import static vn.gov.quangninh.cooperation.base.history.AuditedField.label;
import static vn.gov.quangninh.cooperation.base.history.AuditedField.text;
import static vn.gov.quangninh.cooperation.base.history.AuditedField.yesNo;

import java.util.List;
import vn.gov.quangninh.cooperation.base.history.AuditedField;

/** The fields of an agreement its "History" tab compares, labelled as on its form. */
final class AgreementHistory {

    static final List<AuditedField<Agreement>> FIELDS = List.of(
            text("agreement.reference-code", Agreement::getReferenceCode),
            text("agreement.title-vi", Agreement::getTitleVi),
            text("agreement.title-zh", Agreement::getTitleZh),
            text("agreement.title-en", Agreement::getTitleEn),
            label("agreement.authoritative-text", Agreement::getAuthoritativeText, AuthoritativeText::labelKey),
            label("agreement.kind", Agreement::getKind, AgreementKind::labelKey),
            label("agreement.level", Agreement::getLevel, AgreementLevel::labelKey),
            label("agreement.status", Agreement::getStatus, AgreementStatus::labelKey),
            date("agreement.signing-date", Agreement::getSigningDate),
            text("agreement.signing-place", Agreement::getSigningPlace),
            date("agreement.effective-date", Agreement::getEffectiveDate),
            date("agreement.expiry-date", Agreement::getExpiryDate),
            yesNo("agreement.indefinite", Agreement::isIndefinite),
            yesNo("agreement.renewal.auto", Agreement::isAutoRenewal),
            text("agreement.notice-period", Agreement::getNoticePeriodDays),
            text(
                    "agreement.lead-department",
                    agreement -> agreement.getLeadDepartment() == null
                            ? null
                            : agreement.getLeadDepartment().getNameVi()),
            text("agreement.summary", Agreement::getSummary),
            text("agreement.mofa-reference", Agreement::getMofaReference),
            date("agreement.mofa-date", Agreement::getMofaDate));

    private AgreementHistory() {}
}
