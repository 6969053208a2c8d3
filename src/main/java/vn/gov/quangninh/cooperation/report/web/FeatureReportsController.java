package vn.gov.quangninh.cooperation.report.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.quangninh.cooperation.agreement.AgreementStatus;
import vn.gov.quangninh.cooperation.agreement.CooperationField;
import vn.gov.quangninh.cooperation.report.AgreementRegisterReport;
import vn.gov.quangninh.cooperation.report.CommitmentStatusReport;
import vn.gov.quangninh.cooperation.report.MeetingMinutesReport;
import vn.gov.quangninh.cooperation.report.ReportJobs;
import vn.gov.quangninh.cooperation.report.ReportLinks;
import vn.gov.quangninh.cooperation.report.ReportProgress;
import vn.gov.quangninh.cooperation.report.ReviewPackReport;

/**
 * The stable links of the four reports ({@link ReportLinks}), each with {@code lang=vi|en}
 * (default: the user's language). Signed-in users only (ReportSecurityConfig); an unknown meeting,
 * department or counterpart, a malformed date or value, or a period ending before it starts is a
 * 400 with a sentence (ReportErrors).
 */
@ReportController
class FeatureReportsController {

    private final AgreementRegisterReport agreementRegister;
    private final CommitmentStatusReport commitmentStatus;
    private final MeetingMinutesReport meetingMinutes;
    private final ReviewPackReport reviewPack;
    private final ReportHttp http;
    private final ReportJobs jobs;

    FeatureReportsController(
            AgreementRegisterReport agreementRegister,
            CommitmentStatusReport commitmentStatus,
            MeetingMinutesReport meetingMinutes,
            ReviewPackReport reviewPack,
            ReportHttp http,
            ReportJobs jobs) {
        this.agreementRegister = agreementRegister;
        this.commitmentStatus = commitmentStatus;
        this.meetingMinutes = meetingMinutes;
        this.reviewPack = reviewPack;
        this.http = http;
        this.jobs = jobs;
    }

    @GetMapping(ReportLinks.AGREEMENT_REGISTER)
    ResponseEntity<byte[]> agreementRegister(
            @RequestParam(required = false) @Nullable AgreementStatus status,
            @RequestParam(required = false) @Nullable Long counterpart,
            @RequestParam(required = false) @Nullable CooperationField field,
            @RequestParam(required = false) @Nullable String lang) {
        var criteria = new AgreementRegisterReport.Criteria(status, counterpart, field);
        var locale = http.language(lang);
        return ReportResponses.pdf(jobs.inLine(() -> agreementRegister.render(criteria, locale, ReportProgress.NONE)));
    }

    @GetMapping(ReportLinks.COMMITMENT_STATUS)
    ResponseEntity<byte[]> commitmentStatus(
            @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Nullable Long department,
            @RequestParam(required = false) @Nullable CooperationField field,
            @RequestParam(required = false) @Nullable Long meeting,
            @RequestParam(required = false) @Nullable String lang) {
        ReportResponses.requireOrdered("from", from, "to", to);
        var criteria = new CommitmentStatusReport.Criteria(from, to, department, field, meeting);
        var locale = http.language(lang);
        return ReportResponses.pdf(jobs.inLine(() -> commitmentStatus.render(criteria, locale, ReportProgress.NONE)));
    }

    @GetMapping(ReportLinks.MEETING_MINUTES)
    ResponseEntity<byte[]> meetingMinutes(
            @PathVariable long meetingId, @RequestParam(required = false) @Nullable String lang) {
        var locale = http.language(lang);
        return ReportResponses.pdf(jobs.inLine(() -> meetingMinutes.render(meetingId, locale, ReportProgress.NONE)));
    }

    @GetMapping(ReportLinks.REVIEW_PACK)
    ResponseEntity<byte[]> reviewPack(
            @PathVariable long meetingId, @RequestParam(required = false) @Nullable String lang) {
        var locale = http.language(lang);
        return ReportResponses.pdf(jobs.inLine(() -> reviewPack.render(meetingId, locale, ReportProgress.NONE)));
    }
}
