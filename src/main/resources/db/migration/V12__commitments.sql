-- Commitments made at meetings or written into agreements, their responsible parties and owning
-- departments, and the progress updates (with evidence) that move them.

CREATE TABLE commitment (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                BIGINT        NOT NULL DEFAULT 0,
    code                   VARCHAR(40)   NOT NULL,
    title_vi               VARCHAR(500)  NOT NULL,
    title_zh               VARCHAR(500),
    description            VARCHAR(4000),
    source_clause_id       BIGINT,
    source_meeting_id      BIGINT,
    source_agreement_id    BIGINT,
    field                  VARCHAR(40),
    awaiting_counterpart   BOOLEAN       NOT NULL,
    lead_department_id     BIGINT        NOT NULL,
    counterpart_agency     VARCHAR(300),
    due_date               DATE,
    ongoing                BOOLEAN       NOT NULL,
    review_interval_months INT,
    priority               VARCHAR(10)   NOT NULL,
    completion             VARCHAR(20)   NOT NULL,
    closure                VARCHAR(20)   NOT NULL,
    closure_reason         VARCHAR(1000),
    closed_by_name         VARCHAR(150),
    closed_at              DATETIME(6),
    superseded_by_id       BIGINT,
    created_at             DATETIME(6)   NOT NULL,
    title_sort_key         VARCHAR(255)  NOT NULL,
    search_text            VARCHAR(1500) NOT NULL,
    CONSTRAINT uk_commitment_code UNIQUE (code),
    CONSTRAINT fk_commitment_clause FOREIGN KEY (source_clause_id) REFERENCES minutes_clause (id),
    CONSTRAINT fk_commitment_meeting FOREIGN KEY (source_meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_commitment_agreement FOREIGN KEY (source_agreement_id) REFERENCES agreement (id),
    CONSTRAINT fk_commitment_lead FOREIGN KEY (lead_department_id) REFERENCES department (id),
    CONSTRAINT fk_commitment_superseded_by FOREIGN KEY (superseded_by_id) REFERENCES commitment (id)
) DEFAULT CHARSET = utf8mb4;

-- An index for every filter and sort of the commitments grid; the open-and-due index serves the
-- flags (due soon, overdue, lapsed) and the dashboard counts.
CREATE INDEX ix_commitment_open_due ON commitment (closure, completion, due_date);
CREATE INDEX ix_commitment_due ON commitment (due_date);
CREATE INDEX ix_commitment_lead ON commitment (lead_department_id, due_date);
CREATE INDEX ix_commitment_meeting ON commitment (source_meeting_id);
CREATE INDEX ix_commitment_clause ON commitment (source_clause_id);
CREATE INDEX ix_commitment_agreement ON commitment (source_agreement_id);
CREATE INDEX ix_commitment_field ON commitment (field);
CREATE INDEX ix_commitment_completion ON commitment (completion);
CREATE INDEX ix_commitment_title ON commitment (title_sort_key);
CREATE INDEX ix_commitment_awaiting ON commitment (awaiting_counterpart);

CREATE TABLE commitment_party (
    commitment_id BIGINT      NOT NULL,
    position      INT         NOT NULL,
    party         VARCHAR(20) NOT NULL,
    status        VARCHAR(20) NOT NULL,
    PRIMARY KEY (commitment_id, position),
    CONSTRAINT fk_commitment_party_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_commitment_party_party ON commitment_party (party, commitment_id);

CREATE TABLE commitment_supporting_department (
    commitment_id BIGINT NOT NULL,
    department_id BIGINT NOT NULL,
    PRIMARY KEY (commitment_id, department_id),
    CONSTRAINT fk_supporting_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id),
    CONSTRAINT fk_supporting_department FOREIGN KEY (department_id) REFERENCES department (id)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_supporting_department ON commitment_supporting_department (department_id, commitment_id);

CREATE TABLE progress_update (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                BIGINT        NOT NULL DEFAULT 0,
    commitment_id          BIGINT        NOT NULL,
    as_of_date             DATE          NOT NULL,
    narrative_vi           VARCHAR(3000) NOT NULL,
    narrative_zh           VARCHAR(3000),
    proposed_level         VARCHAR(20)   NOT NULL,
    letter_number          VARCHAR(100),
    letter_date            DATE,
    link                   VARCHAR(500),
    blockers               VARCHAR(2000),
    next_steps             VARCHAR(2000),
    reporter_username      VARCHAR(50)   NOT NULL,
    reporter_name          VARCHAR(150)  NOT NULL,
    reporter_department_id BIGINT,
    state                  VARCHAR(20)   NOT NULL,
    submitted_at           DATETIME(6),
    review_comment         VARCHAR(1000),
    reviewed_by_name       VARCHAR(150),
    reviewed_at            DATETIME(6),
    created_at             DATETIME(6)   NOT NULL,
    CONSTRAINT fk_update_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id),
    CONSTRAINT fk_update_department FOREIGN KEY (reporter_department_id) REFERENCES department (id)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_update_commitment ON progress_update (commitment_id, as_of_date);
CREATE INDEX ix_update_state ON progress_update (state, submitted_at);

CREATE TABLE progress_update_party (
    update_id BIGINT      NOT NULL,
    position  INT         NOT NULL,
    party     VARCHAR(20) NOT NULL,
    status    VARCHAR(20) NOT NULL,
    PRIMARY KEY (update_id, position),
    CONSTRAINT fk_update_party_update FOREIGN KEY (update_id) REFERENCES progress_update (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE update_evidence (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    update_id        BIGINT       NOT NULL,
    kind             VARCHAR(20)  NOT NULL,
    file_name        VARCHAR(200) NOT NULL,
    format           VARCHAR(10)  NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    sha256           VARCHAR(64)  NOT NULL,
    storage_key      VARCHAR(36)  NOT NULL,
    uploaded_by_name VARCHAR(150) NOT NULL,
    uploaded_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_evidence_update FOREIGN KEY (update_id) REFERENCES progress_update (id)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_evidence_update ON update_evidence (update_id);
