-- The words of each commitment's searchable text (folded as SearchText.words folds them), so that
-- the grid's free-text filter finds commitments through an index instead of reading every row
-- with LIKE '%...%'. Existing commitments get theirs from V16_1 (Java: the same folding).
CREATE TABLE commitment_word (
    commitment_id BIGINT      NOT NULL,
    word          VARCHAR(40) NOT NULL,
    PRIMARY KEY (commitment_id, word),
    CONSTRAINT fk_commitment_word_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_commitment_word_word ON commitment_word (word, commitment_id);
