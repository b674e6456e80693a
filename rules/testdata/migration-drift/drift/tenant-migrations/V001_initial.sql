CREATE TYPE "Status" AS ENUM ('ACTIVE', 'GONE');
CREATE TABLE drugs (
  id TEXT PRIMARY KEY,
  dosage_forms JSONB NOT NULL,
  name TEXT,
  code VARCHAR(10) NOT NULL,
  status "Status" NOT NULL,
  legacy_code TEXT
);
CREATE TABLE "Patient" (id TEXT PRIMARY KEY);
CREATE TABLE "Tag" (id TEXT PRIMARY KEY);
CREATE TABLE "_PatientToTag" ("A" TEXT NOT NULL, "B" TEXT NOT NULL);
CREATE TABLE audit_log (id TEXT PRIMARY KEY); -- want "table \"audit_log\" of the tenant migrations has no model in schema.prisma; declare it, or drop it in a new migration"
CREATE FUNCTION touch() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql; -- want "statement \"CREATE FUNCTION touch\\(\\) RETURNS trigger AS \\$\\$ BEGIN RETUR\\.\\.\\.\" is not replayed; if it changes a table, column or enum, compare that by hand"
