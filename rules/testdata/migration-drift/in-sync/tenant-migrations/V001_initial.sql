CREATE TYPE "Role" AS ENUM ('ADMIN', 'staff');
CREATE TABLE "employees" (
    "id" TEXT NOT NULL,
    "email" VARCHAR(255) NOT NULL,
    "name" TEXT,
    "role" "Role" NOT NULL DEFAULT 'staff',
    "roles" "Role"[],
    "tags" TEXT[],
    "salary" DECIMAL(65,30),
    "rate" DECIMAL(10,2),
    "big" BIGINT,
    "score" DOUBLE PRECISION,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "data" JSONB,
    "raw" BYTEA,
    "born" DATE,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seen_at" TIMESTAMPTZ,
    "counter" SERIAL NOT NULL,
    "legacy" TEXT,
    CONSTRAINT "employees_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "employees_email_key" ON "employees"("email");
CREATE TABLE visits (id SERIAL PRIMARY KEY, employee_id UUID NOT NULL);
COMMENT ON TABLE visits IS 'one row per visit';
