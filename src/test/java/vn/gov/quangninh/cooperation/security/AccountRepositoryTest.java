package vn.gov.quangninh.cooperation.security;

/** {@link AccountRepositoryTests} on the embedded H2 database (MySQL mode). */
class AccountRepositoryTest extends AccountRepositoryTests {}
