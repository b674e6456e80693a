-- want "new tenant migration \"V002_zip\\.sql\" has version 2, not after the base's last, \"V003_phone\\.sql\"; give it version 4"
ALTER TABLE patients ADD COLUMN zip TEXT;
