-- The tables of examples/identity/prisma/schema/identity.prisma, written by
-- hand as Prisma Migrate would create them (String → text, @db.Uuid → uuid,
-- @db.Timestamptz(6) → timestamptz(6), enums as types in their @@schema).
-- Run as the identity service's role, which owns schema idp.

CREATE TYPE idp."UserStatus" AS ENUM ('invited', 'active', 'suspended');
CREATE TYPE idp."TenantStatus" AS ENUM ('active', 'suspended', 'cancelled');

CREATE TABLE idp.tenants (
  id         uuid PRIMARY KEY,
  slug       text NOT NULL UNIQUE,
  name       text NOT NULL,
  status     idp."TenantStatus" NOT NULL DEFAULT 'active',
  created_at timestamptz(6) NOT NULL DEFAULT now()
);

CREATE TABLE idp.users (
  id                    uuid PRIMARY KEY,
  tenant_id             uuid NOT NULL REFERENCES idp.tenants (id) ON DELETE CASCADE,
  email                 text NOT NULL,
  display_name          text,
  password_hash         text NOT NULL,
  pin                   text,
  failed_login_attempts integer NOT NULL DEFAULT 0,
  locked_until          timestamptz(6),
  status                idp."UserStatus" NOT NULL DEFAULT 'invited',
  created_at            timestamptz(6) NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, email)
);

CREATE TABLE idp.roles (
  id        uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES idp.tenants (id) ON DELETE CASCADE,
  name      text NOT NULL,
  UNIQUE (tenant_id, name)
);

CREATE TABLE idp.user_roles (
  user_id uuid NOT NULL REFERENCES idp.users (id) ON DELETE CASCADE,
  role_id uuid NOT NULL REFERENCES idp.roles (id) ON DELETE CASCADE,
  PRIMARY KEY (user_id, role_id)
);

CREATE TABLE idp.login_attempts (
  id         uuid PRIMARY KEY,
  user_id    uuid,
  ip         text NOT NULL,
  succeeded  boolean NOT NULL,
  created_at timestamptz(6) NOT NULL DEFAULT now()
);

INSERT INTO idp.tenants (id, slug, name) VALUES ('01900000-0000-7000-8000-000000000001', 'acme', 'Acme');
INSERT INTO idp.users (id, tenant_id, email, display_name, password_hash, pin, status)
VALUES ('01900000-0000-7000-8000-000000000002', '01900000-0000-7000-8000-000000000001', 'ada@acme.test', 'Ada', '$2b$12$secret', '1234', 'active');
