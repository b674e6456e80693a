import { Group, Program } from "@prisma/client";
import { db } from "./db";

// The group handed down is the first of the program's own groups, and the
// enrollment goes under that program: the discount the group stores was
// judged where the group was written, in the program's tenant (dub's
// program applications).
export async function enroll(workspaceId: string, programId: string) {
  const program = await db.program.findUniqueOrThrow({ where: { id: programId, workspaceId }, include: { groups: true } });
  const group = program.groups[0];
  return enrollIn({ program, group });
}

async function enrollIn({ program, group }: { program: Program; group: Group }) {
  await db.enrollment.create({
    data: {
      programId: program.id, // want "links a \"Program\" by \"programId\" alone"
      groupId: group.id,
      discountId: group.discountId,
    },
  });
}

// One call hands down another program's group: its discount is that
// program's.
export async function enrollMixed(workspaceId: string, programId: string, otherId: string) {
  const program = await db.program.findUniqueOrThrow({ where: { id: programId, workspaceId }, include: { groups: true } });
  const other = await db.program.findUniqueOrThrow({ where: { id: otherId }, include: { groups: true } }); // want "findUniqueOrThrow on tenant-scoped \"Program\""
  const group = program.groups[0];
  const otherGroup = other.groups[0];
  await enrollMixedIn({ program, group });
  await enrollMixedIn({ program, group: otherGroup });
}

async function enrollMixedIn({ program, group }: { program: Program; group: Group }) {
  await db.enrollment.create({
    data: {
      programId: program.id, // want "links a \"Program\" by \"programId\" alone"
      groupId: group.id, // want "links a \"Group\" by \"groupId\" alone"
      discountId: group.discountId, // want "links a \"Discount\" by \"discountId\" alone"
    },
  });
}

// The enrollment goes under a program the caller names, not the group's.
export async function enrollElsewhere(workspaceId: string, programId: string, targetId: string) {
  const program = await db.program.findUniqueOrThrow({ where: { id: programId, workspaceId }, include: { groups: true } });
  const group = program.groups[0];
  return enrollElsewhereIn({ program, group, targetId });
}

async function enrollElsewhereIn({ program, group, targetId }: { program: Program; group: Group; targetId: string }) {
  await db.enrollment.create({
    data: {
      programId: targetId, // want "links a \"Program\" by \"programId\" alone"
      discountId: group.discountId, // want "links a \"Discount\" by \"discountId\" alone"
    },
  });
  return program;
}

// The group's link replaced before the write: it is no stored link.
export async function enrollReplaced(workspaceId: string, programId: string, discountId: string) {
  const program = await db.program.findUniqueOrThrow({ where: { id: programId, workspaceId }, include: { groups: true } });
  const group = program.groups[0];
  return enrollReplacedIn({ program, group, discountId });
}

async function enrollReplacedIn({ program, group, discountId }: { program: Program; group: Group; discountId: string }) {
  group.discountId = discountId;
  await db.enrollment.create({
    data: {
      programId: program.id, // want "links a \"Program\" by \"programId\" alone"
      discountId: group.discountId, // want "links a \"Discount\" by \"discountId\" alone"
    },
  });
}

// A property of the group that is no foreign key to the discount.
export async function enrollLabel(workspaceId: string, programId: string) {
  const program = await db.program.findUniqueOrThrow({ where: { id: programId, workspaceId }, include: { groups: true } });
  const group = program.groups[0];
  return enrollLabelIn({ program, group });
}

async function enrollLabelIn({ program, group }: { program: Program; group: Group }) {
  await db.enrollment.create({
    data: {
      programId: program.id, // want "links a \"Program\" by \"programId\" alone"
      discountId: group.label, // want "links a \"Discount\" by \"discountId\" alone"
    },
  });
}
