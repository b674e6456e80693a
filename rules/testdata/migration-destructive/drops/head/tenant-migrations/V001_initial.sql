CREATE TABLE patients (
  id TEXT PRIMARY KEY,
  email TEXT
);
CREATE TYPE "Status" AS ENUM ('ACTIVE', 'GONE');
CREATE TABLE visits (id TEXT PRIMARY KEY, note TEXT, status "Status");
