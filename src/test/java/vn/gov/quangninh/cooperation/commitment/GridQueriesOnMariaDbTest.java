package vn.gov.quangninh.cooperation.commitment;

import vn.gov.quangninh.cooperation.testsupport.OnMariaDb;

/** {@link GridQueriesTests} on MariaDB. */
@OnMariaDb
class GridQueriesOnMariaDbTest extends GridQueriesTests {}
