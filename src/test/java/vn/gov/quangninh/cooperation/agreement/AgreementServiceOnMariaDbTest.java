package vn.gov.quangninh.cooperation.agreement;

import vn.gov.quangninh.cooperation.testsupport.OnMariaDb;

/** {@link AgreementServiceTests} on MariaDB: search, Vietnamese order and derived expiry in SQL there too. */
@OnMariaDb
class AgreementServiceOnMariaDbTest extends AgreementServiceTests {}
