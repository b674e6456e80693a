-- want "tenant migration \"add_phone\\.sql\" has no version in its name; name it V<version>_<name>\\.sql"
ALTER TABLE patients ADD COLUMN phone TEXT;
