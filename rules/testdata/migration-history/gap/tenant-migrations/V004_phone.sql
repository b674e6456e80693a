-- want "tenant migration \"V004_phone.sql\" has version 4 after 1: 2 to 3 are missing; renumber it, or set allow_gaps = true"
ALTER TABLE patients ADD COLUMN phone TEXT;
