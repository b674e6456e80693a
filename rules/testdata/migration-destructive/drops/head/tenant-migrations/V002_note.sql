-- applied already: not judged again
ALTER TABLE visits DROP COLUMN note;
