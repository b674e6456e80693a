-- schemalint-ignore migration-destructive emails moved to the contacts table
ALTER TABLE patients DROP COLUMN email;
