-- AlterEnum
ALTER TYPE "idp"."Role" ADD VALUE 'MODERATOR' BEFORE 'ADMIN';

-- AlterEnum
ALTER TYPE idp."Plan" ADD VALUE IF NOT EXISTS 'TEAM' AFTER 'FREE';

-- AlterEnum
ALTER TYPE "idp"."Status" ADD VALUE 'PAUSED' AFTER 'CLOSED';

-- AlterEnum: what Prisma Migrate generates, appending
ALTER TYPE "idp"."Tier" ADD VALUE 'MID';

-- AlterEnum: the type by its database name
ALTER TYPE "idp"."seat_kind" ADD VALUE 'FEW' BEFORE 'MANY';

-- AlterEnum
ALTER TYPE "idp"."Kind" ADD VALUE 'Y' AFTER 'B';
