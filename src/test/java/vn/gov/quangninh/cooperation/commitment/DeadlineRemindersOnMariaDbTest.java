package vn.gov.quangninh.cooperation.commitment;

import vn.gov.quangninh.cooperation.testsupport.OnMariaDb;

/** {@link DeadlineRemindersTests} on MariaDB. */
@OnMariaDb
class DeadlineRemindersOnMariaDbTest extends DeadlineRemindersTests {}
