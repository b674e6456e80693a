import { Prisma, PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();

const baseSelect = Prisma.validator<Prisma.AppSelect>()({ id: true, organizationId: true });

// The validated select spread, then its id turned off.
export async function spreadThenOff(orgId: string) {
  const app = await prisma.app.create({ data: { organizationId: orgId }, select: { ...baseSelect, id: false } });
  await prisma.app.updateMany({ where: { id: app.id }, data: { hash: "x" } }); // want "updateMany on tenant-scoped \"App\" does not filter by the tenant"
}

// A validator wrapping a const the module changes.
const inner: any = { id: true };
const wrapsConst = Prisma.validator<Prisma.AppSelect>()(inner);
export async function wrapsChangedConst(orgId: string) {
  inner.id = false;
  const app = await prisma.app.create({ data: { organizationId: orgId }, select: wrapsConst });
  await prisma.app.updateMany({ where: { id: app.id }, data: { hash: "x" } }); // want "updateMany on tenant-scoped \"App\" does not filter by the tenant"
}

// The validator's result called through a let the module reassigns.
let letSelect: any = Prisma.validator<Prisma.AppSelect>()({ id: true });
export function reset() {
  letSelect = { hash: true };
}
export async function letSelected(orgId: string) {
  const app = await prisma.app.create({ data: { organizationId: orgId }, select: letSelect });
  await prisma.app.updateMany({ where: { id: app.id }, data: { hash: "x" } }); // want "updateMany on tenant-scoped \"App\" does not filter by the tenant"
}
