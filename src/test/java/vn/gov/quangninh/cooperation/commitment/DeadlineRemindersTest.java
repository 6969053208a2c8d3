package vn.gov.quangninh.cooperation.commitment;

/** {@link DeadlineRemindersTests} on the embedded H2 database (MySQL mode). */
class DeadlineRemindersTest extends DeadlineRemindersTests {}
