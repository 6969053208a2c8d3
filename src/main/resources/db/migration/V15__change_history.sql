-- Change history (Hibernate Envers): one row per saved change in change_revision (who, when by the
-- application's clock), and per audited record a copy of its audited columns in <table>_aud at each
-- revision (revtype 0 = created, 1 = changed, 2 = deleted). Collections and derived search columns
-- are not audited (DD011). Append-only: the application only inserts and reads these tables.

CREATE TABLE change_revision (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    changed_at BIGINT      NOT NULL,
    username   VARCHAR(50) NOT NULL
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_change_revision_changed_at ON change_revision (changed_at);

CREATE TABLE agreement_aud (
    id                 BIGINT NOT NULL,
    rev                BIGINT NOT NULL,
    revtype            TINYINT,
    auto_renewal       BOOLEAN,
    effective_date     DATE,
    expiry_date        DATE,
    indefinite         BOOLEAN,
    mofa_date          DATE,
    notice_period_days INT,
    signing_date       DATE,
    lead_department_id BIGINT,
    reference_code     VARCHAR(40),
    mofa_reference     VARCHAR(100),
    signing_place      VARCHAR(200),
    title_en           VARCHAR(500),
    title_vi           VARCHAR(500),
    title_zh           VARCHAR(500),
    summary            VARCHAR(4000),
    authoritative_text VARCHAR(20),
    kind               VARCHAR(40),
    level              VARCHAR(40),
    status             VARCHAR(20),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_agreement_aud_rev FOREIGN KEY (rev) REFERENCES change_revision (id)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_agreement_aud_rev ON agreement_aud (rev);

CREATE TABLE meeting_aud (
    id             BIGINT NOT NULL,
    rev            BIGINT NOT NULL,
    revtype        TINYINT,
    end_date       DATE,
    session_number INT,
    start_date     DATE,
    city           VARCHAR(100),
    venue          VARCHAR(200),
    title          VARCHAR(300),
    observers      VARCHAR(1000),
    format         VARCHAR(20),
    host_side      VARCHAR(20),
    series         VARCHAR(30),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_meeting_aud_rev FOREIGN KEY (rev) REFERENCES change_revision (id)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_meeting_aud_rev ON meeting_aud (rev);

CREATE TABLE minutes_aud (
    id              BIGINT NOT NULL,
    rev             BIGINT NOT NULL,
    revtype         TINYINT,
    signing_date    DATE,
    meeting_id      BIGINT,
    document_number VARCHAR(50),
    signing_place   VARCHAR(200),
    kind            VARCHAR(20),
    state           VARCHAR(10),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_minutes_aud_rev FOREIGN KEY (rev) REFERENCES change_revision (id)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_minutes_aud_rev ON minutes_aud (rev);

CREATE TABLE minutes_clause_aud (
    id         BIGINT NOT NULL,
    rev        BIGINT NOT NULL,
    revtype    TINYINT,
    number     INT,
    minutes_id BIGINT,
    text_vi    VARCHAR(4000),
    text_zh    VARCHAR(4000),
    field      VARCHAR(40),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_minutes_clause_aud_rev FOREIGN KEY (rev) REFERENCES change_revision (id)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_minutes_clause_aud_rev ON minutes_clause_aud (rev);

CREATE TABLE commitment_aud (
    id                     BIGINT NOT NULL,
    rev                    BIGINT NOT NULL,
    revtype                TINYINT,
    awaiting_counterpart   BOOLEAN,
    due_date               DATE,
    ongoing                BOOLEAN,
    review_interval_months INT,
    closed_at              DATETIME(6),
    created_at             DATETIME(6),
    lead_department_id     BIGINT,
    source_agreement_id    BIGINT,
    source_clause_id       BIGINT,
    source_meeting_id      BIGINT,
    superseded_by_id       BIGINT,
    code                   VARCHAR(40),
    closed_by_name         VARCHAR(150),
    counterpart_agency     VARCHAR(300),
    title_vi               VARCHAR(500),
    title_zh               VARCHAR(500),
    closure_reason         VARCHAR(1000),
    description            VARCHAR(4000),
    closure                VARCHAR(20),
    completion             VARCHAR(20),
    field                  VARCHAR(40),
    priority               VARCHAR(10),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_commitment_aud_rev FOREIGN KEY (rev) REFERENCES change_revision (id)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_commitment_aud_rev ON commitment_aud (rev);

CREATE TABLE progress_update_aud (
    id                     BIGINT NOT NULL,
    rev                    BIGINT NOT NULL,
    revtype                TINYINT,
    as_of_date             DATE,
    letter_date            DATE,
    commitment_id          BIGINT,
    created_at             DATETIME(6),
    reporter_department_id BIGINT,
    reviewed_at            DATETIME(6),
    submitted_at           DATETIME(6),
    reporter_username      VARCHAR(50),
    letter_number          VARCHAR(100),
    reporter_name          VARCHAR(150),
    reviewed_by_name       VARCHAR(150),
    link                   VARCHAR(500),
    review_comment         VARCHAR(1000),
    blockers               VARCHAR(2000),
    next_steps             VARCHAR(2000),
    narrative_vi           VARCHAR(3000),
    narrative_zh           VARCHAR(3000),
    proposed_level         VARCHAR(20),
    state                  VARCHAR(20),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_progress_update_aud_rev FOREIGN KEY (rev) REFERENCES change_revision (id)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_progress_update_aud_rev ON progress_update_aud (rev);
