CREATE TYPE "idp"."Role" AS ENUM ('MEMBER', 'ADMIN');
CREATE TYPE "idp"."Plan" AS ENUM ('FREE', 'PRO');
CREATE TYPE "idp"."Status" AS ENUM ('ACTIVE', 'CLOSED');
CREATE TYPE "idp"."Tier" AS ENUM ('LOW', 'HIGH');
CREATE TYPE "idp"."seat_kind" AS ENUM ('ONE', 'MANY');
