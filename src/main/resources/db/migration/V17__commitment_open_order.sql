-- The commitments grid shows open commitments (closure = 'OPEN') unless asked for all, sorted by
-- due date, title or code. With closure first in these indexes (and in the query's ORDER BY) the
-- database reads the first page in order and stops, instead of sorting every open commitment.
CREATE INDEX ix_commitment_open_by_due ON commitment (closure, due_date);
CREATE INDEX ix_commitment_open_by_title ON commitment (closure, title_sort_key);
CREATE INDEX ix_commitment_open_by_code ON commitment (closure, code);
