-- V18's indexes gave the grid's level and lead orders up to the tie-break: H2 read a whole level's or
-- department's open commitments (13,000 of 100,000) and sorted them by id before a page. With the
-- id as their last column they give the whole order. H2 weighs such an index as it weighs
-- (closure, due_date) when only the closure is a condition, and takes the older one, so the grid
-- adds a condition every commitment meets on the level or the lead's key (CommitmentSearchImpl).
-- MariaDB and MySQL keep the id in every index already: to them nothing changes.
ALTER TABLE commitment DROP INDEX ix_commitment_open_by_level;
ALTER TABLE commitment DROP INDEX ix_commitment_open_by_lead;
CREATE INDEX ix_commitment_open_by_level ON commitment (closure, completion_rank, id);
CREATE INDEX ix_commitment_open_by_lead ON commitment (closure, lead_sort_key, id);
