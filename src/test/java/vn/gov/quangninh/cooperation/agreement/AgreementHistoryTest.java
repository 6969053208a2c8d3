package vn.gov.quangninh.cooperation.agreement;

/** {@link AgreementHistoryTests} on the embedded H2 database (MySQL mode). */
class AgreementHistoryTest extends AgreementHistoryTests {}
