import { Prisma, PrismaClient } from "@prisma/client";
import { Prisma as LocalPrisma } from "./lib/prisma";

const prisma = new PrismaClient();

const mutatedSelect = Prisma.validator<Prisma.AppSelect>()({ id: true, organizationId: true });
const assignedSelect = Prisma.validator<Prisma.AppSelect>()({ id: true, organizationId: true });
const localSelect = LocalPrisma.validator<Prisma.AppSelect>()({ id: true });
const spreadSelect = Prisma.validator<Prisma.AppSelect>()({ id: true, ...({ id: false } as any) });

// The module's select loses its id before the create.
export async function deletedId(orgId: string) {
  delete (mutatedSelect as any).id;
  const app = await prisma.app.create({ data: { organizationId: orgId }, select: mutatedSelect });
  await prisma.app.updateMany({ where: { id: app.id }, data: { hash: "x" } }); // want "updateMany on tenant-scoped \"App\" does not filter by the tenant"
}

export async function assignedId(orgId: string) {
  Object.assign(assignedSelect, { id: false });
  const app = await prisma.app.create({ data: { organizationId: orgId }, select: assignedSelect });
  await prisma.app.updateMany({ where: { id: app.id }, data: { hash: "x" } }); // want "updateMany on tenant-scoped \"App\" does not filter by the tenant"
}

// A Prisma of a local module named for Prisma, which may be anything.
export async function localNamespace(orgId: string) {
  const app = await prisma.app.create({ data: { organizationId: orgId }, select: localSelect });
  await prisma.app.updateMany({ where: { id: app.id }, data: { hash: "x" } }); // want "updateMany on tenant-scoped \"App\" does not filter by the tenant"
}

// A spread after the id inside the wrapped object.
export async function spreadAfterId(orgId: string) {
  const app = await prisma.app.create({ data: { organizationId: orgId }, select: spreadSelect });
  await prisma.app.updateMany({ where: { id: app.id }, data: { hash: "x" } }); // want "updateMany on tenant-scoped \"App\" does not filter by the tenant"
}

// The inline validator's object spread from a select the code changes.
export async function inlineSpread(orgId: string, extra: any) {
  const app = await prisma.app.create({
    data: { organizationId: orgId },
    select: Prisma.validator<Prisma.AppSelect>()({ id: true, ...extra }),
  });
  await prisma.app.updateMany({ where: { id: app.id }, data: { hash: "x" } }); // want "updateMany on tenant-scoped \"App\" does not filter by the tenant"
}

// Twin: the plain validated select stays quiet.
const goodSelect = Prisma.validator<Prisma.AppSelect>()({ id: true, organizationId: true });
export async function plain(orgId: string) {
  const app = await prisma.app.create({ data: { organizationId: orgId }, select: goodSelect });
  await prisma.app.updateMany({ where: { id: app.id }, data: { hash: "x" } });
}
