-- want "new tenant migration \"V002_zip.sql\" has version 2, not after 3 \\(\"V003_phone.sql\", the last at the base\\), so tenants that ran that skip it; give it version 4"
ALTER TABLE patients ADD COLUMN zip TEXT;
