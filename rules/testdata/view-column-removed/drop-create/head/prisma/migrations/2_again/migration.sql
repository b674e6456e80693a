DROP VIEW "Directory";
CREATE VIEW "Directory" AS SELECT id, email, name FROM "User";
