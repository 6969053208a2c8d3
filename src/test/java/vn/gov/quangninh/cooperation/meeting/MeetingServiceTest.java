package vn.gov.quangninh.cooperation.meeting;

/** {@link MeetingServiceTests} on the embedded H2 database (MySQL mode). */
class MeetingServiceTest extends MeetingServiceTests {}
