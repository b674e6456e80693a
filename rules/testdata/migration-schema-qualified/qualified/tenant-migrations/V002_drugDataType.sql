ALTER TABLE "Forsys"."drugs" -- want "names schema \"Forsys\" for \"drugs\""
ALTER COLUMN "dosage_forms" TYPE TEXT;
