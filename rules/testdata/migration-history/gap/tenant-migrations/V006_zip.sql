-- want "tenant migration \"V006_zip\\.sql\" has version 6 after 4"
ALTER TABLE patients ADD COLUMN zip TEXT;
