declare const Prisma: any;

// An include changed through another name, or reassigned, shows what was
// added.
export async function aliased(prisma: any, name: string, cond: boolean) {
  const inc: any = { planRow: true };
  const alias = inc;
  alias.expenses = true;
  await prisma.group.findMany({ include: inc }); // want "findMany on tenant \"Group\""
  let inc2: any = { planRow: true };
  inc2 = { expenses: true };
  await prisma.group.findMany({ include: inc2 }); // want "findMany on tenant \"Group\""
  const args: any = { where: { name } };
  const holder = { args };
  holder.args.include = { members: true };
  await prisma.group.findMany(args); // want "findMany on tenant \"Group\""
  const inc3: any = { planRow: true };
  [inc3][0].expenses = true;
  await prisma.group.findMany({ include: inc3 }); // want "findMany on tenant \"Group\""
  await prisma.group.findMany({ include: { expenses: true } satisfies Record<string, boolean> }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
}

// An include only read, or handed to Prisma calls alone, is read as
// written.
export async function readOnly(prisma: any, cond: boolean) {
  const inc = { planRow: true };
  if (inc.planRow && cond) await prisma.group.count();
  await prisma.group.findMany({ include: inc });
  await prisma.group.findFirst({ where: { plan: "pro" }, include: inc });
  const args = { where: { plan: "pro" }, select: { id: true } };
  if (args.where.plan === "free") return;
  await prisma.group.findMany(args);
}
