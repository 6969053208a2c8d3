package vn.gov.quangninh.cooperation.agreement;

import vn.gov.quangninh.cooperation.testsupport.OnMariaDb;

/** {@link ConcurrentEditsTests} on MariaDB: row locks and version checks of InnoDB. */
@OnMariaDb
class ConcurrentEditsOnMariaDbTest extends ConcurrentEditsTests {}
