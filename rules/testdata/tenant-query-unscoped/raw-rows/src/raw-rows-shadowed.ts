import { prisma } from "./db";

// A file that binds the name Number: the call may choose another team.
const Number = (v: unknown) => v as string;

export async function shadowed(ctx: { id: number }) {
  const rows = await prisma.$queryRaw`SELECT id FROM docs WHERE team_id = ${Number(ctx.id)}`;
  await prisma.doc.deleteMany({ where: { id: { in: rows.map((r: any) => r.id) } } }); // want "deleteMany on tenant-scoped \"Doc\" does not filter"
}
