package vn.gov.quangninh.cooperation.security;

/** What the security audit log records; the interface names each one by {@code audit.type.<NAME>}. */
public enum SecurityEventType {
    SIGN_IN,
    SIGN_IN_FAILED,
    /** Brute-force protection started refusing an account or an address: once per block. */
    SIGN_IN_BLOCKED,
    SIGN_OUT,
    ACCESS_DENIED,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    ACCOUNT_CREATED,
    ROLES_CHANGED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    /** Open sessions of an account ended because it was disabled, its roles or its password changed. */
    SESSIONS_ENDED
}
