package vn.gov.quangninh.cooperation.agreement;

/** {@link AgreementServiceTests} on the embedded H2 database (MySQL mode). */
class AgreementServiceTest extends AgreementServiceTests {}
