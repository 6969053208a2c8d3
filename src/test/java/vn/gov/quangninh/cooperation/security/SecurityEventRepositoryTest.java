package vn.gov.quangninh.cooperation.security;

/** {@link SecurityEventRepositoryTests} on the embedded H2 database (MySQL mode). */
class SecurityEventRepositoryTest extends SecurityEventRepositoryTests {}
