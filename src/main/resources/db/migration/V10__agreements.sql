-- The agreements register: counterpart localities, agreements, their lifecycle history, links
-- between agreements and attached documents.

CREATE TABLE counterpart_locality (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT       NOT NULL DEFAULT 0,
    name_zh            VARCHAR(150) NOT NULL,
    name_vi            VARCHAR(150) NOT NULL,
    name_pinyin        VARCHAR(150),
    name_en            VARCHAR(150),
    level              VARCHAR(20)  NOT NULL,
    parent_id          BIGINT,
    borders_quang_ninh BOOLEAN      NOT NULL,
    sort_key           VARCHAR(255) NOT NULL,
    search_text        VARCHAR(500) NOT NULL,
    CONSTRAINT fk_locality_parent FOREIGN KEY (parent_id) REFERENCES counterpart_locality (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE agreement (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT        NOT NULL DEFAULT 0,
    reference_code     VARCHAR(40)   NOT NULL,
    title_vi           VARCHAR(500)  NOT NULL,
    title_zh           VARCHAR(500),
    title_en           VARCHAR(500),
    authoritative_text VARCHAR(20)   NOT NULL,
    kind               VARCHAR(40)   NOT NULL,
    level              VARCHAR(40)   NOT NULL,
    signing_date       DATE,
    signing_place      VARCHAR(200),
    effective_date     DATE,
    expiry_date        DATE,
    indefinite         BOOLEAN       NOT NULL,
    auto_renewal       BOOLEAN       NOT NULL,
    notice_period_days INT,
    lead_department_id BIGINT,
    summary            VARCHAR(4000),
    status             VARCHAR(20)   NOT NULL,
    mofa_reference     VARCHAR(100),
    mofa_date          DATE,
    title_sort_key     VARCHAR(255)  NOT NULL,
    search_text        VARCHAR(2000) NOT NULL,
    CONSTRAINT uk_agreement_reference_code UNIQUE (reference_code),
    CONSTRAINT fk_agreement_lead_department FOREIGN KEY (lead_department_id) REFERENCES department (id)
) DEFAULT CHARSET = utf8mb4;

-- Every sort and filter of the register has an index.
CREATE INDEX ix_agreement_title_sort ON agreement (title_sort_key);
CREATE INDEX ix_agreement_signing_date ON agreement (signing_date);
CREATE INDEX ix_agreement_expiry ON agreement (status, expiry_date);
CREATE INDEX ix_agreement_status ON agreement (status);

CREATE TABLE agreement_counterpart (
    agreement_id BIGINT NOT NULL,
    locality_id  BIGINT NOT NULL,
    PRIMARY KEY (agreement_id, locality_id),
    CONSTRAINT fk_agreement_counterpart_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id),
    CONSTRAINT fk_agreement_counterpart_locality FOREIGN KEY (locality_id) REFERENCES counterpart_locality (id)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_agreement_counterpart_locality ON agreement_counterpart (locality_id);

CREATE TABLE agreement_signatory (
    agreement_id BIGINT       NOT NULL,
    position     INT          NOT NULL,
    side         VARCHAR(20)  NOT NULL,
    name         VARCHAR(150) NOT NULL,
    title        VARCHAR(300),
    PRIMARY KEY (agreement_id, position),
    CONSTRAINT fk_agreement_signatory_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE agreement_field (
    agreement_id BIGINT      NOT NULL,
    field        VARCHAR(40) NOT NULL,
    PRIMARY KEY (agreement_id, field),
    CONSTRAINT fk_agreement_field_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_agreement_field_field ON agreement_field (field);

CREATE TABLE agreement_event (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    agreement_id     BIGINT        NOT NULL,
    action           VARCHAR(30),
    from_status      VARCHAR(20),
    to_status        VARCHAR(20)   NOT NULL,
    event_date       DATE,
    note             VARCHAR(1000),
    recorded_by      VARCHAR(50)   NOT NULL,
    recorded_by_name VARCHAR(150)  NOT NULL,
    recorded_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_agreement_event_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_agreement_event_agreement ON agreement_event (agreement_id, recorded_at);

CREATE TABLE agreement_link (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT      NOT NULL DEFAULT 0,
    from_agreement_id BIGINT      NOT NULL,
    type              VARCHAR(20) NOT NULL,
    to_agreement_id   BIGINT      NOT NULL,
    CONSTRAINT uk_agreement_link UNIQUE (from_agreement_id, type, to_agreement_id),
    CONSTRAINT fk_agreement_link_from FOREIGN KEY (from_agreement_id) REFERENCES agreement (id),
    CONSTRAINT fk_agreement_link_to FOREIGN KEY (to_agreement_id) REFERENCES agreement (id)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_agreement_link_to ON agreement_link (to_agreement_id);

CREATE TABLE agreement_document (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    agreement_id     BIGINT       NOT NULL,
    kind             VARCHAR(20)  NOT NULL,
    file_name        VARCHAR(200) NOT NULL,
    format           VARCHAR(10)  NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    sha256           VARCHAR(64)  NOT NULL,
    storage_key      VARCHAR(36)  NOT NULL,
    uploaded_by_name VARCHAR(150) NOT NULL,
    uploaded_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_agreement_document_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_agreement_document_agreement ON agreement_document (agreement_id);
