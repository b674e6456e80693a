-- What later migrations did is what counts.
ALTER TABLE employees ADD COLUMN nickname TEXT;
ALTER TABLE employees RENAME COLUMN nickname TO alias;
ALTER TABLE employees DROP COLUMN alias;
ALTER TYPE "Role" ADD VALUE 'GUEST';
ALTER TYPE "Role" RENAME VALUE 'GUEST' TO 'VISITOR';
