-- want "tenant migration \"V004_phone\\.sql\" has version 4 after 1; renumber it, or set allow_gaps = true in rule \"migration-history\""
ALTER TABLE patients ADD COLUMN phone TEXT;
