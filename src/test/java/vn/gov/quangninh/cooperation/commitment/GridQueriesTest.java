package vn.gov.quangninh.cooperation.commitment;

/** {@link GridQueriesTests} on H2. */
class GridQueriesTest extends GridQueriesTests {}
