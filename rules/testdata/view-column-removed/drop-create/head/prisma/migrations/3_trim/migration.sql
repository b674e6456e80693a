-- Each definition of the view, at the base and now, is judged once: the
-- last one.
DROP VIEW "Directory";
CREATE VIEW "Directory" AS SELECT id, name FROM "User"; -- want "view \"Directory\" no longer has column \"email\""
