CREATE TYPE "Kind" AS ENUM ('A', 'B', 'C');
CREATE TABLE patients (
    id TEXT NOT NULL,
    full_name TEXT NOT NULL,
    kind "Kind" NOT NULL,
    kinds "Kind"[],
    CONSTRAINT patients_pkey PRIMARY KEY (id)
);
CREATE INDEX patients_full_name_idx ON patients (full_name);
CREATE TABLE visits (id TEXT PRIMARY KEY, patient_id TEXT REFERENCES patients (id));
