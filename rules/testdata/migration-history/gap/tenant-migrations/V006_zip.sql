-- want "has version 6 after 4: 5 is missing"
ALTER TABLE patients ADD COLUMN zip TEXT;
