CREATE TABLE patients (
  id TEXT PRIMARY KEY,
  email TEXT
);
ALTER TABLE patients ADD COLUMN;  -- want "syntax error.*every tenant's run of this migration would fail, so fix it"
CREATE TABLE "Forsys".x (id INT); -- want "names schema \"Forsys\" for \"x\""
