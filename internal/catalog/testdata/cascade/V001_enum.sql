-- An enum turned into text, then dropped with CASCADE: the default still
-- cast to it goes, a column still of it goes too.
CREATE TYPE "Currency" AS ENUM ('CHF', 'EUR', 'USD');
CREATE TYPE "Old" AS ENUM ('A');
CREATE TABLE "Account" (
    "id" TEXT PRIMARY KEY,
    "currency" "Currency" NOT NULL DEFAULT 'USD',
    "other" "Currency"[],
    "kept" TEXT DEFAULT 'x',
    "legacy" "Old"
);
ALTER TABLE "Account" ADD COLUMN "second" "Currency" DEFAULT 'EUR';
ALTER TYPE "Old" RENAME TO "Older";
CREATE INDEX "Account_legacy_idx" ON "Account"("legacy");
