CREATE TABLE patients (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL -- want "applied tenant migration \"V001_initial\\.sql\" was edited; restore it, and make the change in a new migration"
);
