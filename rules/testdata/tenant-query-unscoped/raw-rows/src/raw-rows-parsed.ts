import { z } from "zod";
import { prisma } from "./db";

// A team id read from the request through a zod schema that only
// validates it is the caller's value, as the request's own would be
// (Linen's search). Each quiet call has twins that stay reported.
const schema = z.object({
  teamId: z.string().uuid(),
  name: z.string().min(1),
  fallback: z.string().uuid().default("00000000-0000-0000-0000-000000000000"),
  trimmed: z.string().transform((s) => s.trim()),
  coerced: z.coerce.string(),
});

export async function search(req: { query: unknown }) {
  const parsed = schema.safeParse(req.query);
  if (!parsed.success) return;
  const { teamId, name } = parsed.data;
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM docs WHERE team_id = ${teamId} AND name = ${name}`;
  return prisma.doc.findMany({ where: { id: { in: rows.map((r: any) => r.id) } } });
}

// A default stands for a team nobody passed.
export async function searchDefault(req: { query: unknown }) {
  const parsed = schema.safeParse(req.query);
  if (!parsed.success) return;
  const { fallback } = parsed.data;
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM docs WHERE team_id = ${fallback}`;
  return prisma.doc.findMany({ where: { id: { in: rows.map((r: any) => r.id) } } }); // want "findMany on tenant-scoped \"Doc\" does not filter by the tenant"
}

// A transform and a coercion give other values than the ones passed.
export async function searchChanged(req: { query: unknown }) {
  const parsed = schema.safeParse(req.query);
  if (!parsed.success) return;
  const { trimmed, coerced } = parsed.data;
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM docs WHERE team_id = ${trimmed}`;
  const more = await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM docs WHERE team_id = ${coerced}`;
  await prisma.doc.findMany({ where: { id: { in: rows.map((r: any) => r.id) } } }); // want "findMany on tenant-scoped \"Doc\" does not filter by the tenant"
  return prisma.doc.findMany({ where: { id: { in: more.map((r: any) => r.id) } } }); // want "findMany on tenant-scoped \"Doc\" does not filter by the tenant"
}

// A default in the destructuring, and a parse of a row's field.
export async function searchFallback(req: { query: unknown }, other: string) {
  const parsed = schema.safeParse(req.query);
  if (!parsed.success) return;
  const { teamId = other } = parsed.data;
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM docs WHERE team_id = ${teamId}`;
  await prisma.doc.findMany({ where: { id: { in: rows.map((r: any) => r.id) } } }); // want "findMany on tenant-scoped \"Doc\" does not filter by the tenant"
  const doc = await prisma.doc.findFirst({ where: { teamId: other } });
  const fromRow = schema.safeParse({ teamId: doc.teamId, name: "x" });
  if (!fromRow.success) return;
  const { teamId: rowTeam } = fromRow.data;
  const more = await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM docs WHERE team_id = ${rowTeam}`;
  return prisma.doc.findMany({ where: { id: { in: more.map((r: any) => r.id) } } }); // want "findMany on tenant-scoped \"Doc\" does not filter by the tenant"
}

// The parse result given other data before it is read: written, through
// another name, or by a call.
export async function searchWritten(req: { query: unknown }) {
  const parsed = schema.safeParse(req.query);
  if (!parsed.success) return;
  parsed.data.teamId = "00000000-0000-0000-0000-000000000000";
  const { teamId } = parsed.data;
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM docs WHERE team_id = ${teamId}`;
  return prisma.doc.findMany({ where: { id: { in: rows.map((r: any) => r.id) } } }); // want "findMany on tenant-scoped \"Doc\" does not filter by the tenant"
}

export async function searchAliased(req: { query: unknown }) {
  const parsed = schema.safeParse(req.query);
  if (!parsed.success) return;
  const data = parsed.data;
  data.teamId = "00000000-0000-0000-0000-000000000000";
  const { teamId } = parsed.data;
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM docs WHERE team_id = ${teamId}`;
  return prisma.doc.findMany({ where: { id: { in: rows.map((r: any) => r.id) } } }); // want "findMany on tenant-scoped \"Doc\" does not filter by the tenant"
}

export async function searchAssigned(req: { query: unknown }) {
  const parsed = schema.safeParse(req.query);
  Object.assign(parsed, { data: { teamId: "00000000-0000-0000-0000-000000000000" } });
  if (!parsed.success) return;
  const { teamId } = parsed.data;
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM docs WHERE team_id = ${teamId}`;
  return prisma.doc.findMany({ where: { id: { in: rows.map((r: any) => r.id) } } }); // want "findMany on tenant-scoped \"Doc\" does not filter by the tenant"
}
