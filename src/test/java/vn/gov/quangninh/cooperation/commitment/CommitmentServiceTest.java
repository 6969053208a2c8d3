package vn.gov.quangninh.cooperation.commitment;

/** {@link CommitmentServiceTests} on the embedded H2 database (MySQL mode). */
class CommitmentServiceTest extends CommitmentServiceTests {}
