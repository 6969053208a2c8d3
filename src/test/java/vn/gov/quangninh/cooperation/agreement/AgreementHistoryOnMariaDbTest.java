package vn.gov.quangninh.cooperation.agreement;

import vn.gov.quangninh.cooperation.testsupport.OnMariaDb;

/** {@link AgreementHistoryTests} on MariaDB: the V15 audit tables match the entities there too. */
@OnMariaDb
class AgreementHistoryOnMariaDbTest extends AgreementHistoryTests {}
