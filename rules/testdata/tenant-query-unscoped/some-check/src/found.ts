import { prisma } from "./db";

type Values = { paidBy: string; other: string };

// The key searched for with find among the group's participants, the
// function leaving when none matches (bklit's member roles): as with some.
export async function foundFirst(values: Values, groupId: string) {
  const group = await prisma.group.findUnique({ where: { id: groupId }, include: { participants: true } });
  if (!group) throw new Error("no group");
  const payer = group.participants.find((p) => p.id === values.paidBy);
  if (!payer) throw new Error("bad participant");
  await prisma.participant.update({ where: { id: values.paidBy }, data: {} });
  return prisma.expense.create({ data: { id: "e", groupId, paidById: values.paidBy } });
}

// Near misses: another key found, a find that leaves nothing, a let that
// may be given another row.
export async function foundOtherwise(values: Values, groupId: string) {
  const group = await prisma.group.findUnique({ where: { id: groupId }, include: { participants: true } });
  if (!group) throw new Error("no group");
  const other = group.participants.find((p) => p.id === values.other);
  if (!other) throw new Error("bad participant");
  await prisma.participant.update({ where: { id: values.paidBy }, data: {} }); // want "update on tenant-scoped \"Participant\" does not filter"
  const logged = group.participants.find((p) => p.id === values.paidBy);
  if (!logged) console.log("bad participant");
  await prisma.participant.update({ where: { id: values.paidBy }, data: {} }); // want "update on tenant-scoped \"Participant\" does not filter"
  let payer = group.participants.find((p) => p.id === values.paidBy);
  payer = payer ?? group.participants[0];
  if (!payer) throw new Error("bad participant");
  return prisma.participant.update({ where: { id: values.paidBy }, data: {} }); // want "update on tenant-scoped \"Participant\" does not filter"
}
