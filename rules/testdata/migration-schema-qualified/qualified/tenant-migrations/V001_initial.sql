CREATE TABLE "org_acme_123".patients (id TEXT PRIMARY KEY); -- want "tenant migration names schema \"org_acme_123\" for \"patients\", the same for every tenant; write \"patients\" alone"
CREATE TYPE "Forsys"."Role" AS ENUM ('A'); -- want "names schema \"Forsys\" for \"Role\""
CREATE TABLE staff (
  id TEXT PRIMARY KEY,
  role "Forsys"."Role", -- want "names schema \"Forsys\" for \"Role\""
  patient_id TEXT REFERENCES public.patients (id) -- want "names schema \"public\" for \"patients\""
);
CREATE INDEX staff_role_idx ON "Forsys".staff (role); -- want "names schema \"Forsys\" for \"staff\""
ALTER TYPE "Forsys"."Role" ADD VALUE 'B'; -- want "names schema \"Forsys\" for \"Role\""
DROP TABLE "Forsys".old; -- want "names schema \"Forsys\" for \"old\""
