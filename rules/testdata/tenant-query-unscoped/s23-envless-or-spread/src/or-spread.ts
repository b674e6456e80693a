import { PrismaClient } from "@prisma/client";
const prisma = new PrismaClient();

// An OR or AND list may spread an array the rule can see: a literal, a
// choice of literals, or a const of the function left as it is. Each
// element of each list it may spread is a branch like any written one.

// OR: a spread element without the tenant is an OR branch without it.
export const logs = async (projectIds: string[], createdById?: string, actions?: string[]) =>
  prisma.audit.findMany({ // want "findMany on tenant-scoped \"Audit\" has an OR branch without the tenant"
    where: { OR: [{ projectId: { in: projectIds } },
      ...(actions && createdById ? [{ action: { in: actions }, createdById }] : [])] },
  });

export const logsConst = async (projectIds: string[], createdById?: string) => {
  const where = { OR: [{ projectId: { in: projectIds } }, ...(createdById ? [{ createdById }] : [])] };
  return prisma.audit.findMany({ where }); // want "findMany on tenant-scoped \"Audit\" has an OR branch without the tenant"
};

export const logsLiteral = async (projectIds: string[], createdById: string) =>
  prisma.audit.findMany({ where: { OR: [{ projectId: { in: projectIds } }, ...[{ createdById }]] } }); // want "findMany on tenant-scoped \"Audit\" has an OR branch without the tenant"

export const logsPlain = async (projectIds: string[], createdById: string) =>
  prisma.audit.findMany({ where: { OR: [{ projectId: { in: projectIds } }, { createdById }] } }); // want "findMany on tenant-scoped \"Audit\" has an OR branch without the tenant"

export const dropBranch = async (projectId: string, id: string) =>
  prisma.branch.deleteMany({ where: { OR: [{ projectId }, ...[{ id }]] } }); // want "deleteMany on tenant-scoped \"Branch\" has an OR branch without the tenant"

export const andSpread = async (projectId: string, id: string, c: boolean) =>
  prisma.branch.deleteMany({ where: { OR: [{ projectId }, ...(c && [{ id }])] } }); // want "deleteMany on tenant-scoped \"Branch\" has an OR branch without the tenant"

export const heldSpread = async (projectId: string, id: string, c: boolean) => {
  const extra = c ? [{ id }] : [];
  return prisma.branch.deleteMany({ where: { OR: [{ projectId }, ...extra] } }); // want "deleteMany on tenant-scoped \"Branch\" has an OR branch without the tenant"
};

export const nestedSpread = async (projectId: string, id: string, c: boolean) =>
  prisma.branch.deleteMany({ where: { OR: [{ projectId }, ...[...(c ? [{ id }] : [])]] } }); // want "deleteMany on tenant-scoped \"Branch\" has an OR branch without the tenant"

export const eitherList = async (projectId: string, id: string, c: boolean) =>
  prisma.branch.deleteMany({ where: { OR: [{ projectId }, ...(c ? [{ projectId }] : [{ id }])] } }); // want "deleteMany on tenant-scoped \"Branch\" has an OR branch without the tenant"

// AND: a scoped element scopes only when it is in every list spread.
export const andMaybeScoped = async (projectId: string, id: string, c: boolean) =>
  prisma.branch.deleteMany({ where: { AND: [{ id }, ...(c ? [{ projectId }] : [])] } }); // want "deleteMany on tenant-scoped \"Branch\" does not filter by the tenant"

export const andWhenTrue = async (projectId: string, id: string, c: boolean) =>
  prisma.branch.deleteMany({ where: { id, AND: [...(c && [{ projectId }])] } }); // want "deleteMany on tenant-scoped \"Branch\" does not filter by the tenant"

// Quiet twins: every list spread is scoped, or the tenant stands outside.
export const orAllScoped = async (projectId: string, id: string, c: boolean) =>
  prisma.branch.deleteMany({ where: { OR: [{ projectId }, ...(c ? [{ projectId, id }] : [])] } });

export const orEitherScoped = async (projectId: string, id: string, c: boolean) =>
  prisma.branch.deleteMany({ where: { OR: [{ projectId, id }, ...(c ? [{ projectId }] : [{ projectId, id: "main" }])] } });

export const heldScoped = async (projectId: string, id: string, c: boolean) => {
  const extra = c ? [{ projectId, id }] : [];
  return prisma.branch.deleteMany({ where: { OR: [{ projectId }, ...extra] } });
};

export const andScopedOutside = async (projectId: string, id: string, c: boolean) =>
  prisma.branch.deleteMany({ where: { AND: [{ projectId }, ...(c ? [{ id }] : [])] } });

export const andScopedEveryList = async (projectId: string, id: string, c: boolean) =>
  prisma.branch.deleteMany({ where: { AND: [...(c ? [{ projectId }] : [{ projectId, id }])] } });

// A spread the rule cannot see stays unseen.
export const paramSpread = async (projectId: string, extra: { id: string }[]) =>
  prisma.branch.deleteMany({ where: { OR: [{ projectId }, ...extra] } }); // want "cannot see the where of deleteMany on tenant-scoped \"Branch\": its OR list spreads \"extra\", which the rule cannot read"

export const callSpread = async (projectId: string, build: () => { id: string }[]) =>
  prisma.branch.deleteMany({ where: { OR: [{ projectId }, ...build()] } }); // want "cannot see the where of deleteMany on tenant-scoped \"Branch\": its OR list spreads \"build\\(\\)\", which the rule cannot read"

// A const array changed after it is built is not as written.
export const pushedAfter = async (projectId: string, id: string) => {
  const extra: { projectId?: string; id?: string }[] = [{ projectId }];
  extra.push({ id });
  return prisma.branch.deleteMany({ where: { OR: [{ projectId }, ...extra] } }); // want "cannot see the where of deleteMany on tenant-scoped \"Branch\": its OR list spreads \"extra\", which the rule cannot read"
};

export const indexWritten = async (projectId: string, id: string) => {
  const extra: { projectId?: string; id?: string }[] = [{ projectId }];
  extra[0] = { id };
  return prisma.branch.deleteMany({ where: { OR: [{ projectId }, ...extra] } }); // want "cannot see the where of deleteMany on tenant-scoped \"Branch\": its OR list spreads \"extra\", which the rule cannot read"
};

export const handedOn = async (projectId: string, grow: (l: object[]) => void) => {
  const extra: object[] = [{ projectId }];
  grow(extra);
  return prisma.branch.deleteMany({ where: { OR: [{ projectId }, ...extra] } }); // want "cannot see the where of deleteMany on tenant-scoped \"Branch\": its OR list spreads \"extra\", which the rule cannot read"
};

// The hint: a const object already, it is the spread that hides a branch.
export const constWithParamSpread = async (projectId: string, extra: { id: string }[]) => {
  const where = { OR: [{ projectId }, ...extra] };
  return prisma.branch.deleteMany({ where }); // want "cannot see the where of deleteMany on tenant-scoped \"Branch\": its OR list spreads \"extra\", which the rule cannot read"
};
