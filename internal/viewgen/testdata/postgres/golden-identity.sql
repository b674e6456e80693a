-- The tables of internal/viewgen/testdata/golden/identity/prisma/schema,
-- written by hand as Prisma Migrate would create them: enums in two schemas
-- (idp, shared), an enum list, a text list, a varchar, a decimal, a point,
-- a composite primary key. Run as the identity service's role, which owns
-- schemas idp and shared.

CREATE TYPE idp."UserStatus" AS ENUM ('invited', 'active', 'SUSPENDED');
CREATE TYPE idp.user_type AS ENUM ('driver', 'dispatcher', 'admin');
CREATE TYPE idp."TenantStatus" AS ENUM ('active', 'suspended', 'cancelled');
CREATE TYPE shared.region AS ENUM ('eu', 'us');
CREATE TYPE idp."AuditKind" AS ENUM ('login', 'logout');

CREATE TABLE idp.tenants (
  id         uuid PRIMARY KEY,
  slug       text NOT NULL UNIQUE,
  name       text NOT NULL,
  status     idp."TenantStatus" NOT NULL DEFAULT 'active',
  region     shared.region,
  location   point,
  created_at timestamptz(6) NOT NULL DEFAULT now()
);

CREATE TABLE idp.users (
  id                    uuid PRIMARY KEY,
  tenant_id             uuid NOT NULL REFERENCES idp.tenants (id) ON DELETE CASCADE,
  email                 text NOT NULL,
  display_name          text,
  password_hash         text NOT NULL,
  pin                   text,
  user_types            idp.user_type[],
  tags                  text[],
  status                idp."UserStatus" NOT NULL DEFAULT 'invited',
  avatar_url            varchar(2048),
  credit_limit          decimal(12, 2),
  failed_login_attempts integer NOT NULL DEFAULT 0,
  locked_until          timestamptz(6),
  created_at            timestamptz(6) NOT NULL DEFAULT now(),
  CONSTRAINT "tenantEmail" UNIQUE (tenant_id, email)
);

CREATE TABLE idp.roles (
  id        uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES idp.tenants (id) ON DELETE CASCADE,
  name      text NOT NULL,
  UNIQUE (tenant_id, name)
);

CREATE TABLE idp.user_roles (
  user_id    uuid NOT NULL REFERENCES idp.users (id) ON DELETE CASCADE,
  role_id    uuid NOT NULL REFERENCES idp.roles (id) ON DELETE CASCADE,
  granted_at timestamp(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, role_id)
);

INSERT INTO idp.tenants (id, slug, name, region, location) VALUES ('01900000-0000-7000-8000-000000000001', 'acme', 'Acme', 'eu', '(1,2)');
INSERT INTO idp.users (id, tenant_id, email, password_hash, user_types, tags, status)
VALUES ('01900000-0000-7000-8000-000000000002', '01900000-0000-7000-8000-000000000001', 'ada@acme.test', '$2b$12$secret', '{driver,admin}', '{a,b}', 'SUSPENDED');
