import { prisma } from "./db";

// The rows read through a cast, and a caller's key converted by the global
// Number or String: blinko's random notes (`(notes as any[]).map((n) =>
// n.id)` of a read whose SQL has `"accountId" = ${Number(ctx.id)}`).
export async function random(ctx: { id: number }, limit: number) {
  const rows = await prisma.$queryRaw`SELECT d.* FROM docs d WHERE d.team_id = ${String(ctx.id)} ORDER BY RANDOM() LIMIT ${limit}`;
  const ids = (rows as any[]).map((r) => r.id);
  await prisma.doc.deleteMany({ where: { id: { in: ids } } });
  const more = await prisma.$queryRaw`SELECT id FROM docs WHERE team_id = ${Number(ctx.id)}`;
  await prisma.doc.deleteMany({ where: { id: { in: (more as { id: string }[])!.map((r) => r.id) } } });
}

// Near misses: a cast list written into, a conversion of what is not the
// caller's (a row's field), a call of another function, and a
// conversion with a second argument.
declare function pick(v: unknown): string;

export async function randomNot(ctx: { id: number }, other: string) {
  const rows = await prisma.$queryRaw`SELECT id FROM docs WHERE team_id = ${String(ctx.id)}`;
  (rows as any[])[0].id = other;
  await prisma.doc.deleteMany({ where: { id: { in: (rows as any[]).map((r) => r.id) } } }); // want "deleteMany on tenant-scoped \"Doc\" does not filter"
  const [first] = await prisma.$queryRaw<{ team_id: string }[]>`SELECT team_id FROM docs LIMIT 1`; // want "\\$queryRaw reads table \"docs\""
  const fromRow = await prisma.$queryRaw`SELECT id FROM docs WHERE team_id = ${String(first.team_id)}`;
  await prisma.doc.deleteMany({ where: { id: { in: fromRow.map((r: any) => r.id) } } }); // want "deleteMany on tenant-scoped \"Doc\" does not filter"
  const picked = await prisma.$queryRaw`SELECT id FROM docs WHERE team_id = ${pick(ctx.id)}`;
  await prisma.doc.deleteMany({ where: { id: { in: picked.map((r: any) => r.id) } } }); // want "deleteMany on tenant-scoped \"Doc\" does not filter"
  const parsed = await prisma.$queryRaw`SELECT id FROM docs WHERE team_id = ${Number(ctx.id, other)}`;
  await prisma.doc.deleteMany({ where: { id: { in: parsed.map((r: any) => r.id) } } }); // want "deleteMany on tenant-scoped \"Doc\" does not filter"
}
