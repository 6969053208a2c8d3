-- An audit row's detail as a translation key and the values it names, so that it reads in the
-- administrator's language; older rows keep only their English detail.
ALTER TABLE security_event ADD COLUMN detail_key VARCHAR(60);
ALTER TABLE security_event ADD COLUMN detail_values VARCHAR(500);
