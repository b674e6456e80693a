-- want "\"V2.1_zip.sql\" has no version"
ALTER TABLE patients ADD COLUMN zip TEXT;
