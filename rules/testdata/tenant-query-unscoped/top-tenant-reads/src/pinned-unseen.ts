import { prisma } from "./db";

declare function groupInclude(): { expenses: true };

// A read pinned to one group whose include the rule cannot read: a name,
// a spread, a computed key, a call's value, or the whole argument. It may
// leave the group (its plan's groups, its parent's children) and come back
// to other groups' rows, as a literal include may: a notice.
export async function pinnedUnseen(id: string, more: any, rel: string, args: any) {
  await prisma.group.findUnique({ where: { id }, include: more }); // want "cannot see what findUnique on tenant \"Group\" includes: a spread or an include that is not an object literal may leave the group it finds"
  await prisma.group.findUnique({ where: { id }, ...more }); // want "cannot see what findUnique on tenant \"Group\" includes"
  await prisma.group.findFirst({ where: { id }, include: { ...more } }); // want "cannot see what findFirst on tenant \"Group\" includes"
  await prisma.group.findUniqueOrThrow({ where: { id }, include: { [rel]: true } }); // want "cannot see what findUniqueOrThrow on tenant \"Group\" includes"
  await prisma.group.findUnique({ where: { id }, include: groupInclude() }); // want "cannot see what findUnique on tenant \"Group\" includes"
  await prisma.group.findUnique(args); // want "cannot see what findUnique on tenant \"Group\" includes"
  await prisma.group.update({ where: { id }, data: { name: "x" }, select: more }); // want "cannot see what update on tenant \"Group\" includes"
}

// Near misses, silent: the include or select written inline, staying in
// the group, and writes with no include.
export async function pinnedSeen(id: string) {
  await prisma.group.findUnique({ where: { id }, include: { expenses: true, members: true } });
  await prisma.group.findUnique({ where: { id }, select: { name: true, planRow: true } });
  await prisma.group.findFirst({ where: { id }, include: { members: { include: { user: false } } } });
  await prisma.group.update({ where: { id }, data: { name: "x" } });
  await prisma.group.delete({ where: { id } });
}

// The unread include reached through an optional chain, a const spread, a
// shorthand, a ternary, or nested under a relation that leaves the group.
export async function pinnedUnseenAttacks(id: string, more: any, cond: boolean) {
  await prisma.group?.findUnique({ where: { id }, include: more }); // want "cannot see what findUnique on tenant \"Group\" includes"
  const opts = { include: more };
  await prisma.group.findUnique({ where: { id }, ...opts }); // want "cannot see what findUnique on tenant \"Group\" includes"
  const include = more;
  await prisma.group.findUnique({ where: { id }, include }); // want "cannot see what findUnique on tenant \"Group\" includes"
  await prisma.group.findUnique({ where: { id }, include: cond ? { expenses: true } : more }); // want "cannot see what findUnique on tenant \"Group\" includes"
  await prisma.group.findUnique({ where: { id }, include: { planRow: more } }); // want "cannot see what findUnique on tenant \"Group\" includes"
  await prisma.group.findUnique({ where: { id }, include: { planRow: { include: more } } }); // want "cannot see what findUnique on tenant \"Group\" includes"
}
