import { Prisma, PrismaClient } from "@prisma/client";
import { Prisma as NotPrisma } from "./validators";

const prisma = new PrismaClient();

// Prisma's validator only types its argument and hands it back: the id
// is selected (zipper's app router).
const defaultSelect = Prisma.validator<Prisma.AppSelect>()({ id: true, organizationId: true });
const withoutId = Prisma.validator<Prisma.AppSelect>()({ organizationId: true });
const foreignSelect = NotPrisma.validator<Prisma.AppSelect>()({ id: true });

export async function createApp(orgId: string) {
  const app = await prisma.app.create({ data: { organizationId: orgId }, select: defaultSelect });
  await prisma.app.update({ where: { id: app.id }, data: { hash: "x" } });
}

export async function createAppInline(orgId: string) {
  const app = await prisma.app.create({
    data: { organizationId: orgId },
    select: Prisma.validator<Prisma.AppSelect>()({ id: true }),
  });
  await prisma.app.update({ where: { id: app.id }, data: { hash: "x" } });
}

// Near misses: the id is not selected, so app.id is undefined and the
// update's filter is dropped; a validator of another module may do
// anything.
export async function createAppWithoutId(orgId: string) {
  const app = await prisma.app.create({ data: { organizationId: orgId }, select: withoutId });
  await prisma.app.update({ where: { id: app.id }, data: { hash: "x" } }); // want "update on tenant-scoped \"App\" does not filter by the tenant"
}

export async function createAppInlineWithoutId(orgId: string) {
  const app = await prisma.app.create({
    data: { organizationId: orgId },
    select: Prisma.validator<Prisma.AppSelect>()({ hash: true }),
  });
  await prisma.app.update({ where: { id: app.id }, data: { hash: "x" } }); // want "update on tenant-scoped \"App\" does not filter by the tenant"
}

export async function createAppForeignValidator(orgId: string) {
  const app = await prisma.app.create({ data: { organizationId: orgId }, select: foreignSelect });
  await prisma.app.update({ where: { id: app.id }, data: { hash: "x" } }); // want "update on tenant-scoped \"App\" does not filter by the tenant"
}
