CREATE VIEW "Directory" AS SELECT id, email FROM "User";
