package vn.gov.quangninh.cooperation.security;

import vn.gov.quangninh.cooperation.testsupport.OnMariaDb;

/** {@link SecurityEventRepositoryTests} on MariaDB, through the MariaDB driver. */
@OnMariaDb
class SecurityEventRepositoryOnMariaDbTest extends SecurityEventRepositoryTests {}
