-- Meetings (spring talks, Joint Working Committee conferences, others), their minutes with numbered
-- clauses, the agreements clauses refer to, corrections of signed clauses and the signed files.

CREATE TABLE meeting (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL DEFAULT 0,
    series         VARCHAR(30)   NOT NULL,
    session_number INT,
    title          VARCHAR(300),
    start_date     DATE          NOT NULL,
    end_date       DATE          NOT NULL,
    host_side      VARCHAR(20)   NOT NULL,
    venue          VARCHAR(200),
    city           VARCHAR(100),
    format         VARCHAR(20)   NOT NULL,
    observers      VARCHAR(1000),
    search_text    VARCHAR(1000) NOT NULL,
    CONSTRAINT uk_meeting_series_session UNIQUE (series, session_number)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_meeting_start ON meeting (start_date);
CREATE INDEX ix_meeting_series_start ON meeting (series, start_date);

CREATE TABLE meeting_delegate (
    meeting_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    side       VARCHAR(20)  NOT NULL,
    province   VARCHAR(20),
    role       VARCHAR(10)  NOT NULL,
    name       VARCHAR(150) NOT NULL,
    title      VARCHAR(300),
    PRIMARY KEY (meeting_id, position),
    CONSTRAINT fk_meeting_delegate_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE meeting_province (
    meeting_id BIGINT      NOT NULL,
    province   VARCHAR(20) NOT NULL,
    PRIMARY KEY (meeting_id, province),
    CONSTRAINT fk_meeting_province_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE meeting_agenda_item (
    meeting_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    text       VARCHAR(500) NOT NULL,
    PRIMARY KEY (meeting_id, position),
    CONSTRAINT fk_meeting_agenda_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE minutes (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    meeting_id      BIGINT       NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    document_number VARCHAR(50),
    signing_date    DATE,
    signing_place   VARCHAR(200),
    state           VARCHAR(10)  NOT NULL,
    CONSTRAINT fk_minutes_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_minutes_meeting ON minutes (meeting_id);

CREATE TABLE minutes_signatory (
    minutes_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    side       VARCHAR(20)  NOT NULL,
    name       VARCHAR(150) NOT NULL,
    title      VARCHAR(300),
    PRIMARY KEY (minutes_id, position),
    CONSTRAINT fk_minutes_signatory_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE minutes_language (
    minutes_id BIGINT      NOT NULL,
    language   VARCHAR(20) NOT NULL,
    PRIMARY KEY (minutes_id, language),
    CONSTRAINT fk_minutes_language_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE minutes_clause (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT        NOT NULL DEFAULT 0,
    minutes_id BIGINT        NOT NULL,
    number     INT           NOT NULL,
    field      VARCHAR(40),
    text_vi    VARCHAR(4000) NOT NULL,
    text_zh    VARCHAR(4000),
    CONSTRAINT fk_minutes_clause_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id)
) DEFAULT CHARSET = utf8mb4;
-- No unique (minutes_id, number): inserting a clause renumbers the ones after it in one flush, and
-- the minutes keep the numbers distinct themselves.
CREATE INDEX ix_minutes_clause_minutes ON minutes_clause (minutes_id, number);

CREATE TABLE clause_agreement (
    clause_id    BIGINT      NOT NULL,
    agreement_id BIGINT      NOT NULL,
    relation     VARCHAR(20) NOT NULL,
    PRIMARY KEY (clause_id, agreement_id),
    CONSTRAINT fk_clause_agreement_clause FOREIGN KEY (clause_id) REFERENCES minutes_clause (id),
    CONSTRAINT fk_clause_agreement_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_clause_agreement_agreement ON clause_agreement (agreement_id);

-- The text after a correction is the clause's current text, or the text before the next correction:
-- only the text before is kept (MySQL limits a row to 64 KB).
CREATE TABLE clause_revision (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    clause_id       BIGINT        NOT NULL,
    revision_number INT           NOT NULL,
    old_text_vi     VARCHAR(4000) NOT NULL,
    old_text_zh     VARCHAR(4000),
    reason          VARCHAR(1000) NOT NULL,
    revised_by      VARCHAR(50)   NOT NULL,
    revised_by_name VARCHAR(150)  NOT NULL,
    revised_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_clause_revision_clause FOREIGN KEY (clause_id) REFERENCES minutes_clause (id)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_clause_revision_clause ON clause_revision (clause_id);

CREATE TABLE minutes_file (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    minutes_id       BIGINT       NOT NULL,
    kind             VARCHAR(20)  NOT NULL,
    file_name        VARCHAR(200) NOT NULL,
    format           VARCHAR(10)  NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    sha256           VARCHAR(64)  NOT NULL,
    storage_key      VARCHAR(36)  NOT NULL,
    uploaded_by_name VARCHAR(150) NOT NULL,
    uploaded_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_minutes_file_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_minutes_file_minutes ON minutes_file (minutes_id);
