import { prisma } from "./lib/db";

// Operators on the tenant value: only equality (equals, in) names the
// tenant's rows; every other operator reaches other tenants' rows.
export async function operators(organizationId: string, other: string, ids: string[], input: { orgId?: string; orgIds?: string[] }) {
  await prisma.project.findMany({ where: { organizationId: { not: organizationId } } }); // want "does not filter by the tenant"
  await prisma.project.findMany({ where: { organizationId: { notIn: [organizationId] } } }); // want "does not filter by the tenant"
  await prisma.project.findMany({ where: { organizationId: { gt: organizationId } } }); // want "does not filter by the tenant"
  await prisma.project.findMany({ where: { organizationId: { gte: organizationId } } }); // want "does not filter by the tenant"
  await prisma.project.findMany({ where: { organizationId: { lte: organizationId } } }); // want "does not filter by the tenant"
  await prisma.project.findMany({ where: { organizationId: { contains: organizationId } } }); // want "does not filter by the tenant"
  await prisma.project.findMany({ where: { organizationId: { startsWith: organizationId } } }); // want "does not filter by the tenant"
  await prisma.project.findMany({ where: { organizationId: { endsWith: organizationId } } }); // want "does not filter by the tenant"
  await prisma.project.findMany({ where: { organizationId: { not: undefined } } }); // want "does not filter by the tenant"
  await prisma.project.findMany({ where: { organizationId: {} } }); // want "does not filter by the tenant"
  await prisma.project.findMany({ where: { organizationId: { isSet: true } } }); // want "does not filter by the tenant"
  await prisma.project.findMany({ where: { organizationId: { equals: organizationId, mode: "insensitive" } } }); // want "does not filter by the tenant"
  await prisma.project.findMany({ where: { organizationId: { mode: "insensitive", equals: organizationId } } }); // want "does not filter by the tenant"
  await prisma.project.findMany({ where: { organizationId: { equals: undefined } } }); // want "may be undefined"
  await prisma.project.findMany({ where: { organizationId: { in: input.orgIds } } }); // want "may be undefined"
  await prisma.project.findMany({ where: { organizationId: { in: undefined } } }); // want "may be undefined"
  // The last of two keys of one name wins: equals undefined drops it.
  await prisma.project.findMany({ where: { organizationId: { equals: organizationId, equals: undefined } } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { organizationId: { equals: organizationId, equals: other } } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { organizationId: { in: [organizationId], in: undefined } } }); // want "on tenant-scoped"
  // equals beside another operator: both hold.
  await prisma.project.findMany({ where: { organizationId: { not: other, equals: organizationId } } });
  await prisma.project.findMany({ where: { organizationId: { equals: organizationId, not: other } } });
  await prisma.project.findMany({ where: { organizationId: { equals: organizationId, mode: "default" } } });
  await prisma.project.findMany({ where: { organizationId: { in: ids } } });
  await prisma.project.findMany({ where: { organizationId: { in: [] } } });
  await prisma.project.findMany({ where: { organizationId: { equals: organizationId } } });
  await prisma.project.findMany({ where: { organizationId: { gt: other, equals: organizationId } } });
}

// Values that are undefined at run time, whatever their spelling.
export async function values(organizationId: string, input: { orgId?: string }, maybe: string | undefined, cond: boolean) {
  await prisma.project.findMany({ where: { organizationId: void 0 } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { organizationId: (undefined) } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { organizationId: undefined as any } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { organizationId: undefined! } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { organizationId: input.orgId } }); // want "may be undefined"
  await prisma.project.findMany({ where: { organizationId: input.orgId as string } }); // an `as` cast is the author's word that the value is set
  await prisma.project.findMany({ where: { organizationId: (input.orgId) } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { organizationId: input.orgId! } }); // want "may be undefined"
  await prisma.project.findMany({ where: { organizationId: maybe } }); // want "may be undefined"
  await prisma.project.findMany({ where: { organizationId: maybe as string } }); // an `as` cast is the author's word that the value is set
  await prisma.project.findMany({ where: { organizationId: (maybe) } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { organizationId: maybe satisfies string | undefined } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { organizationId: cond ? organizationId : undefined } }); // want "may be undefined"
  await prisma.project.findMany({ where: { organizationId: cond ? organizationId : (undefined) } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { organizationId: cond ? organizationId : void 0 } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { organizationId: cond ? organizationId : maybe } }); // want "may be undefined"
  // `a && b` is a when a is falsy: undefined when a may be; false
  // (a boolean) is refused by Prisma on a string field.
  await prisma.project.findMany({ where: { organizationId: input.orgId && organizationId } }); // want "may be undefined"
  await prisma.project.findMany({ where: { organizationId: maybe && organizationId } }); // want "may be undefined"
  await prisma.project.findMany({ where: { organizationId: cond && maybe } }); // want "may be undefined"
  await prisma.project.findMany({ where: { organizationId: cond && organizationId } });
  await prisma.project.findMany({ where: { organizationId: maybe ?? undefined } }); // want "may be undefined"
  await prisma.project.findMany({ where: { organizationId: input?.orgId } }); // want "may be undefined"
  await prisma.project.findMany({ where: { organizationId: { equals: maybe } } }); // want "may be undefined"
  await prisma.project.findMany({ where: { organizationId: { equals: input.orgId as string } } }); // an `as` cast is the author's word that the value is set
  // Defined values.
  await prisma.project.findMany({ where: { organizationId: organizationId as string } });
  await prisma.project.findMany({ where: { organizationId: (organizationId) } });
  await prisma.project.findMany({ where: { organizationId: `${organizationId}` } });
  await prisma.project.findMany({ where: { organizationId: String(organizationId) } });
  await prisma.project.findMany({ where: { organizationId: organizationId! } });
}

// A cast keeps what the value filters by.
export async function casts(organizationId: string, cond: boolean) {
  await prisma.project.findMany({ where: { organizationId: { not: organizationId } as any } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { organizationId: (cond ? organizationId : { not: organizationId }) as string } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { organizationId: { equals: organizationId } as any } });
}

// A sequence or an assignment is its last value.
export async function sequences(organizationId: string) {
  let last: string | undefined;
  await prisma.project.findMany({ where: { organizationId: (organizationId, undefined) } }); // want "may be undefined"
  await prisma.project.findMany({ where: { organizationId: (last = undefined) } }); // want "may be undefined"
  await prisma.project.findMany({ where: { organizationId: (last = organizationId) } });
  await prisma.project.findMany({ where: { organizationId: (undefined, organizationId) } });
}
