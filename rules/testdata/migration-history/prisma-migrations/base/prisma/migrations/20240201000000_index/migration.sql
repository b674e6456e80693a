CREATE INDEX "Patient_email_idx" ON "Patient"("email");
