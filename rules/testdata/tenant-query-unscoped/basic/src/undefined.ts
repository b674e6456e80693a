import { prisma } from "./lib/db";
import type { ImportedInput } from "./types";

interface ListInput {
  orgId?: string;
  teamId: string;
  scope: { orgId?: string; required: string };
}

type Filters = { orgId: string | undefined } & { other: number };

// A parameter declared optional, or typed with undefined.
export async function optionalParam(id: string, orgId?: string) {
  return prisma.project.findFirst({ where: { id, organizationId: orgId } }); // want "findFirst on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
}

export async function optionalShorthand(id: string, organizationId?: string) {
  return prisma.project.findFirst({ where: { id, organizationId } }); // want "may be undefined"
}

export async function unionUndefined(id: string, organizationId: string | undefined) {
  return prisma.project.update({ where: { id, organizationId }, data: {} }); // want "update on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
}

export async function withDefault(id: string, organizationId: string = "org") {
  return prisma.project.findFirst({ where: { id, organizationId } });
}

// Tested, set or asserted before the query: not undefined there.
export async function checked(id: string, organizationId?: string) {
  if (!organizationId) throw new Error("no organization");
  return prisma.project.findFirst({ where: { id, organizationId } });
}

export async function inBranch(organizationId?: string) {
  return organizationId ? prisma.project.findMany({ where: { organizationId } }) : [];
}

export async function assigned(orgId?: string) {
  orgId ??= "default";
  return prisma.project.findMany({ where: { organizationId: orgId } });
}

export async function asserted(orgId?: string) {
  invariant(orgId, "an organization is required");
  return prisma.project.findMany({ where: { organizationId: orgId } });
}

// A property whose type marks it optional: written inline, an interface or
// a type alias of this file, an intersection, Partial.
export async function fromInterface(input: ListInput, inline: { orgId?: string }) {
  await prisma.project.findMany({ where: { organizationId: input.orgId } }); // want "may be undefined"
  await prisma.project.findMany({ where: { organizationId: input.teamId } });
  await prisma.project.findMany({ where: { organizationId: input.scope.orgId } }); // want "may be undefined"
  await prisma.project.findMany({ where: { organizationId: input.scope.required } });
  await prisma.project.deleteMany({ where: { organizationId: inline.orgId } }); // want "deleteMany on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
  await prisma.task.findMany({ where: { project: { organizationId: inline.orgId } } }); // want "findMany on tenant-scoped \"Task\" filters by a tenant value that may be undefined"
}

export async function fromAlias(filters: Filters, partial: Partial<{ orgId: string }>) {
  await prisma.project.findMany({ where: { organizationId: filters.orgId } }); // want "may be undefined"
  await prisma.project.findMany({ where: { organizationId: partial.orgId } }); // want "may be undefined"
  if (filters.orgId) {
    await prisma.project.findMany({ where: { organizationId: filters.orgId } });
  }
}

// In an intersection, one part that requires the property makes it
// required; a part the rule cannot read (Pick<…>) may.
export async function intersections(
  both: Partial<{ orgId: string }> & { orgId: string },
  opaque: Partial<{ orgId: string }> & Pick<Project, "orgId">,
  optional: Partial<{ orgId: string }> & { other: number },
) {
  await prisma.project.findMany({ where: { organizationId: both.orgId } });
  await prisma.project.findMany({ where: { organizationId: opaque.orgId } });
  await prisma.project.findMany({ where: { organizationId: optional.orgId } }); // want "may be undefined"
  if (optional.orgId) {
    await prisma.project.findMany({ where: { organizationId: filters.orgId } });
  }
}

export async function destructured({ orgId, teamId }: ListInput) {
  await prisma.project.findMany({ where: { organizationId: orgId } }); // want "may be undefined"
  await prisma.project.findMany({ where: { organizationId: teamId } });
}

export async function destructuredDefault({ orgId = "org" }: ListInput) {
  await prisma.project.findMany({ where: { organizationId: orgId } });
}

export const renamed = async ({ orgId: organizationId }: { orgId?: string }) =>
  prisma.project.findMany({ where: { organizationId } }); // want "may be undefined"

// A const whose value may be undefined, seen from a closure inside the
// function; a const that shadows an optional parameter is what counts.
export async function viaConst(session: { user?: { orgId: string } }) {
  const organizationId = session.user?.orgId;
  return prisma.$transaction(async (tx) => tx.project.findMany({ where: { organizationId } })); // want "may be undefined"
}

export async function shadowed(orgId?: string) {
  return [1].map(() => {
    const orgId = "fixed";
    return prisma.project.findMany({ where: { organizationId: orgId } });
  });
}

// Types the rule cannot read without a type checker: imported or inferred.
export async function imported(input: ImportedInput) {
  await prisma.project.findMany({ where: { organizationId: input.orgId } });
}
