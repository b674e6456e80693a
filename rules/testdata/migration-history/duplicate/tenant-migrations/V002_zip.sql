-- want "tenant migrations \"V002_phone\\.sql\" and \"V002_zip\\.sql\" both have version 2; give \"V002_zip\\.sql\" the next free version"
ALTER TABLE patients ADD COLUMN zip TEXT;
