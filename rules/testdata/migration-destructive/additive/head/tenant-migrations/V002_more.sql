ALTER TABLE patients ADD COLUMN phone TEXT;
CREATE INDEX patients_phone_idx ON patients (phone);
DROP INDEX patients_phone_idx;
ALTER TABLE patients ALTER COLUMN phone SET DEFAULT '';
CREATE TYPE "Kind" AS ENUM ('A');
ALTER TYPE "Kind" ADD VALUE 'B';
ALTER TABLE patients RENAME CONSTRAINT patients_pkey TO patients_pk;
