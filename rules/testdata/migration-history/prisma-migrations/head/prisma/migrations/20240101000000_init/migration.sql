-- CreateTable
CREATE TABLE "Patient" (
    "id" TEXT NOT NULL,
    "email" VARCHAR(255), -- want "applied migration \"20240101000000_init\" was edited; restore it, and make the change in a new migration"

    CONSTRAINT "Patient_pkey" PRIMARY KEY ("id")
);
