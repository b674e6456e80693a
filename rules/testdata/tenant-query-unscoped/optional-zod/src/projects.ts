import { z } from "zod";

declare const prisma: any;
declare const t: any;

// A tenant value read from a zod-parsed input whose schema lets it be left
// out: parse returns undefined there, and Prisma drops an undefined
// filter, so the query reads every organization's projects.
const ListInput = z.object({
  organizationId: z.string().uuid().optional(),
  name: z.string().nullish(),
});

const Filters = z.object({ organizationId: z.string() }).partial();

export async function listProjects(body: unknown) {
  const input = ListInput.parse(body);
  return prisma.project.findMany({ where: { organizationId: input.organizationId } }); // want "findMany on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
}

export async function listDestructured(body: unknown) {
  const { organizationId, name } = await ListInput.parseAsync(body);
  return prisma.project.findMany({ where: { organizationId, name } }); // want "findMany on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
}

export async function listSafe(query: unknown) {
  const parsed = ListInput.safeParse(query);
  if (!parsed.success) throw new Error("bad input");
  await prisma.project.deleteMany({ where: { organizationId: parsed.data.organizationId } }); // want "deleteMany on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
  const { organizationId } = parsed.data;
  return prisma.project.count({ where: { organizationId } }); // want "count on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
}

export async function listPartial(query: unknown) {
  const filters = Filters.parse(query);
  return prisma.project.findMany({ where: { organizationId: filters.organizationId } }); // want "findMany on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
}

export const router = {
  list: t.procedure
    .input(z.object({ organizationId: z.string().nullish() }))
    .query(({ input }: { input: { organizationId?: string | null } }) => prisma.project.findMany({ where: { organizationId: input.organizationId } })), // want "findMany on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
  byId: t.procedure
    .input(ListInput)
    .query(({ input }: any) => prisma.project.findMany({ where: { organizationId: input.organizationId } })), // want "findMany on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
};

// An optional TS property, as the parameter's type or a type of the file.
type Scope = { organizationId?: string };

export async function listTyped(scope: Scope, opts: { organizationId?: string }) {
  await prisma.project.findMany({ where: { organizationId: scope.organizationId } }); // want "findMany on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
  return prisma.project.findMany({ where: { organizationId: opts.organizationId } }); // want "findMany on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
}

// Twins: a required entry, a default, and an optional value proved set
// before the query.
const Required = z.object({ organizationId: z.string().uuid(), slug: z.string().optional().default("x") });
const Defaulted = z.object({ organizationId: z.string().optional().default("none") });

export async function listRequired(body: unknown) {
  const input = Required.parse(body);
  await prisma.project.findMany({ where: { organizationId: input.organizationId } });
  const d = Defaulted.parse(body);
  await prisma.project.findMany({ where: { organizationId: d.organizationId } });
  const optional = ListInput.parse(body);
  if (!optional.organizationId) throw new Error("organization required");
  await prisma.project.findMany({ where: { organizationId: optional.organizationId } });
  const { organizationId } = ListInput.parse(body);
  if (!organizationId) throw new Error("organization required");
  return prisma.project.findMany({ where: { organizationId } });
}
