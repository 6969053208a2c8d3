package vn.gov.quangninh.cooperation.agreement;

/** {@link ConcurrentEditsTests} on the embedded H2 database (MySQL mode). */
class ConcurrentEditsTest extends ConcurrentEditsTests {}
