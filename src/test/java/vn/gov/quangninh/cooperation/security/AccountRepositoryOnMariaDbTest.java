package vn.gov.quangninh.cooperation.security;

import vn.gov.quangninh.cooperation.testsupport.OnMariaDb;

/** {@link AccountRepositoryTests} on MariaDB, through the MariaDB driver. */
@OnMariaDb
class AccountRepositoryOnMariaDbTest extends AccountRepositoryTests {}
