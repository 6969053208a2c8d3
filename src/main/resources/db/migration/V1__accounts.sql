-- Accounts, roles and the departments users belong to.
-- One set of migrations for H2 (MySQL mode), MySQL 8 and MariaDB: keep to SQL all three run.

CREATE TABLE department (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT       NOT NULL DEFAULT 0,
    code       VARCHAR(30)  NOT NULL,
    name_vi    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200),
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_department_code UNIQUE (code)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE user_account (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT       NOT NULL DEFAULT 0,
    username             VARCHAR(50)  NOT NULL,
    full_name            VARCHAR(150) NOT NULL,
    password_hash        VARCHAR(255) NOT NULL,
    enabled              BOOLEAN      NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    department_id        BIGINT,
    language             VARCHAR(5)   NOT NULL DEFAULT 'vi',
    created_at           DATETIME(6)  NOT NULL,
    CONSTRAINT uk_user_account_username UNIQUE (username),
    CONSTRAINT fk_user_account_department FOREIGN KEY (department_id) REFERENCES department (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE user_account_role (
    user_account_id BIGINT      NOT NULL,
    role            VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_account_id, role),
    CONSTRAINT fk_user_account_role_account FOREIGN KEY (user_account_id) REFERENCES user_account (id)
) DEFAULT CHARSET = utf8mb4;
