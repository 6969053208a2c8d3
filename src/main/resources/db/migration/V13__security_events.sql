-- The security audit log: sign-ins, refusals, sign-outs and account changes (OWASP ASVS V16).
-- Rows are only ever inserted and read: the application has no path that updates or deletes them,
-- and in production its database user should hold only INSERT and SELECT on this table (README).

CREATE TABLE security_event (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at    DATETIME(6)  NOT NULL,
    event_type     VARCHAR(30)  NOT NULL,
    username       VARCHAR(100),
    remote_address VARCHAR(45),
    detail         VARCHAR(500) NOT NULL,
    search_text    VARCHAR(700) NOT NULL
) DEFAULT CHARSET = utf8mb4;

-- Newest first, alone or within one event type or one user: the audit view's filters.
CREATE INDEX ix_security_event_time ON security_event (occurred_at);
CREATE INDEX ix_security_event_type_time ON security_event (event_type, occurred_at);
CREATE INDEX ix_security_event_user_time ON security_event (username, occurred_at);
