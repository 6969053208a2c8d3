-- The grid also sorts open commitments by completion level (the scale's order, not the alphabet's)
-- and by lead department (its Vietnamese name, as the department lists are sorted). Neither order
-- is a column of commitment, so the database sorted every match before a page. Each becomes one,
-- kept by the application (Commitment), with an index like V17's. The grid breaks ties by id:
-- MariaDB and MySQL keep it in every index; H2 sorts the first tie group by it (a level's or a
-- department's rows), and with the id as a third column would not use the index at all (measured
-- at 100,000 rows). Lead keys come from V18_1 (Java: the Vietnamese collation). The lead column
-- sorted by department code until now; codes are not what it shows.
ALTER TABLE commitment ADD COLUMN completion_rank INT NOT NULL DEFAULT 0;
ALTER TABLE commitment ADD COLUMN lead_sort_key VARCHAR(255) NOT NULL DEFAULT '';
UPDATE commitment SET completion_rank = CASE completion
    WHEN 'NO_EVIDENCE' THEN 0
    WHEN 'NOT_STARTED' THEN 1
    WHEN 'LIMITED' THEN 2
    WHEN 'SUBSTANTIAL' THEN 3
    WHEN 'COMPLETE' THEN 4
    ELSE 0 END;
CREATE INDEX ix_commitment_open_by_level ON commitment (closure, completion_rank);
CREATE INDEX ix_commitment_open_by_lead ON commitment (closure, lead_sort_key);
