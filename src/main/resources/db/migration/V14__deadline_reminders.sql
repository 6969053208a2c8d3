-- Deadline reminders: where digests go, which reminders were given, who has read them, and the
-- lock that keeps the daily job to one node at a time.

ALTER TABLE user_account ADD COLUMN email VARCHAR(254);

-- One row per commitment, kind of reminder and due date: a reminder is given once, however often
-- the job runs; a new due date starts the reminders again.
CREATE TABLE commitment_reminder (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT      NOT NULL DEFAULT 0,
    commitment_id BIGINT      NOT NULL,
    kind          VARCHAR(20) NOT NULL,
    due_date      DATE        NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    CONSTRAINT uk_commitment_reminder UNIQUE (commitment_id, kind, due_date),
    CONSTRAINT fk_commitment_reminder_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_commitment_reminder_created ON commitment_reminder (created_at);

-- A reminder in a user's in-app list; read_at is set when they have seen it.
CREATE TABLE notification (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT      NOT NULL DEFAULT 0,
    user_account_id BIGINT      NOT NULL,
    reminder_id     BIGINT      NOT NULL,
    read_at         DATETIME(6),
    CONSTRAINT uk_notification UNIQUE (user_account_id, reminder_id),
    CONSTRAINT fk_notification_user FOREIGN KEY (user_account_id) REFERENCES user_account (id),
    CONSTRAINT fk_notification_reminder FOREIGN KEY (reminder_id) REFERENCES commitment_reminder (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_notification_unread ON notification (user_account_id, read_at);

-- ShedLock's table (its documented MySQL layout).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
) DEFAULT CHARSET = utf8mb4;
