package vn.gov.quangninh.cooperation.commitment;

import vn.gov.quangninh.cooperation.testsupport.OnMariaDb;

/** {@link CommitmentServiceTests} on MariaDB. */
@OnMariaDb
class CommitmentServiceOnMariaDbTest extends CommitmentServiceTests {}
