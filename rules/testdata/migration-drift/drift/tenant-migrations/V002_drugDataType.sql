ALTER TABLE "drugs"
ALTER COLUMN "dosage_forms" TYPE TEXT;
