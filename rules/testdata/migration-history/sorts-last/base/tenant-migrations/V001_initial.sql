CREATE TABLE patients (
  id TEXT PRIMARY KEY,
  email TEXT
);
