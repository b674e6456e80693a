CREATE TABLE patients (
  id TEXT PRIMARY KEY,
  email TEXT
);
CREATE TYPE "Role" AS ENUM ('A', 'B');
CREATE TABLE staff (id INT PRIMARY KEY, role "Role", n pg_catalog.int4, created timestamptz DEFAULT now());
CREATE INDEX staff_role_idx ON staff (role);
SELECT count(*) FROM information_schema.tables;
CREATE TABLE x (id uuid DEFAULT public.gen_random_uuid());
