package vn.gov.quangninh.cooperation.meeting;

import vn.gov.quangninh.cooperation.testsupport.OnMariaDb;

/** {@link MeetingServiceTests} on MariaDB. */
@OnMariaDb
class MeetingServiceOnMariaDbTest extends MeetingServiceTests {}
