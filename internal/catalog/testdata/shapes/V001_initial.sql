-- Prisma-style DDL: constraints named, indexes created apart.
CREATE TYPE "OrderStatus" AS ENUM ('PENDING', 'DELIVERED');

CREATE TABLE "employees" (
    "id" TEXT NOT NULL,
    "email" VARCHAR(255) NOT NULL,
    "manager_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "employees_pkey" PRIMARY KEY ("id")
);

CREATE TABLE orders (
    id TEXT PRIMARY KEY,
    employee_id TEXT NOT NULL REFERENCES employees (id) ON DELETE CASCADE,
    status "OrderStatus" NOT NULL DEFAULT 'PENDING',
    code TEXT UNIQUE,
    total DECIMAL(10,2),
    UNIQUE (employee_id, code)
);

CREATE UNIQUE INDEX "employees_email_key" ON "employees"("email");
CREATE INDEX "orders_employee_id_idx" ON orders (employee_id);
CREATE INDEX IF NOT EXISTS "orders_employee_id_idx" ON orders (employee_id);
ALTER TABLE "employees" ADD CONSTRAINT "employees_manager_id_fkey" FOREIGN KEY ("manager_id") REFERENCES "employees"("id") ON DELETE SET NULL ON UPDATE CASCADE;
COMMENT ON TABLE orders IS 'one row per order';
INSERT INTO employees (id, email) VALUES ('e1', 'a@example.com');
