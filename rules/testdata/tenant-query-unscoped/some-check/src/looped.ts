import { prisma } from "./db";

type Values = { paidBy: string; paidFor: { participant: string; shares: number }[]; others: { participant: string }[] };

export async function getGroup(groupId: string) {
  return prisma.group.findUnique({ where: { id: groupId }, include: { participants: true } });
}

export async function getGroupByName(name: string) {
  return prisma.group.findFirst({ where: { name }, include: { participants: true } }); // want "findFirst on tenant \"Group\" includes its \"participants\" of whichever group it finds"
}

// Every key the write links by is checked in one loop over a list of
// them, against the participants of the group a helper found by its id
// (spliit's expenses).
export async function create(values: Values, groupId: string) {
  const group = await getGroup(groupId);
  if (!group) throw new Error("no group");
  for (const participant of [values.paidBy, ...values.paidFor.map((p) => p.participant)]) {
    if (!group.participants.some((p) => p.id === participant)) throw new Error("bad participant");
  }
  return prisma.expense.create({
    data: {
      id: "e",
      groupId,
      paidById: values.paidBy,
      paidFor: { createMany: { data: values.paidFor.map((paidFor) => ({ participantId: paidFor.participant, shares: paidFor.shares })) } },
    },
  });
}

// A filter of the checked list keeps checked keys.
export async function update(values: Values, groupId: string, expenseId: string) {
  const group = await getGroup(groupId);
  if (!group) throw new Error("no group");
  for (const participant of [values.paidBy, ...values.paidFor.map((p) => p.participant)]) {
    if (!group.participants.some((p) => p.id === participant)) throw new Error("bad participant");
  }
  return prisma.expense.update({
    where: { id: expenseId, groupId },
    data: {
      paidById: values.paidBy,
      paidFor: { create: values.paidFor.filter((p) => p.shares > 0).map((paidFor) => ({ participantId: paidFor.participant })) },
    },
  });
}

// The loop checks another list's keys than the one the write takes.
export async function otherList(values: Values, groupId: string) {
  const group = await getGroup(groupId);
  if (!group) throw new Error("no group");
  for (const participant of [values.paidBy, ...values.others.map((p) => p.participant)]) {
    if (!group.participants.some((p) => p.id === participant)) throw new Error("bad participant");
  }
  return prisma.expense.create({
    data: {
      id: "e",
      groupId,
      paidById: values.paidBy,
      paidFor: { createMany: { data: values.paidFor.map((paidFor) => ({ participantId: paidFor.participant })) } }, // want "links a \"Participant\" by \"participantId\" alone"
    },
  });
}

// A key failing the check is skipped, not refused.
export async function skipped(values: Values, groupId: string) {
  const group = await getGroup(groupId);
  if (!group) throw new Error("no group");
  for (const participant of [values.paidBy]) {
    if (!group.participants.some((p) => p.id === participant)) continue;
  }
  return prisma.expense.create({ data: { id: "e", groupId, paidById: values.paidBy } }); // want "links a \"Participant\" by \"paidById\" alone"
}

// The key is set anew after the check.
export async function rewritten(values: Values, groupId: string, next: string) {
  const group = await getGroup(groupId);
  if (!group) throw new Error("no group");
  for (const participant of [values.paidBy]) {
    if (!group.participants.some((p) => p.id === participant)) throw new Error("bad participant");
  }
  values.paidBy = next;
  return prisma.expense.create({ data: { id: "e", groupId, paidById: values.paidBy } }); // want "links a \"Participant\" by \"paidById\" alone"
}

// The list grows after the check.
export async function grown(values: Values, groupId: string, extra: { participant: string; shares: number }) {
  const group = await getGroup(groupId);
  if (!group) throw new Error("no group");
  for (const participant of [...values.paidFor.map((p) => p.participant)]) {
    if (!group.participants.some((p) => p.id === participant)) throw new Error("bad participant");
  }
  values.paidFor.push(extra);
  return prisma.expense.create({
    data: {
      id: "e",
      groupId,
      paidById: "fixed", // want "links a \"Participant\" by \"paidById\" alone"
      paidFor: { createMany: { data: values.paidFor.map((paidFor) => ({ participantId: paidFor.participant })) } }, // want "links a \"Participant\" by \"participantId\" alone"
    },
  });
}

// The helper finds a group by something else than its key: any group.
export async function byName(values: Values, groupId: string, name: string) {
  const group = await getGroupByName(name);
  if (!group) throw new Error("no group");
  if (!group.participants.some((p) => p.id === values.paidBy)) throw new Error("bad participant");
  return prisma.expense.create({ data: { id: "e", groupId, paidById: values.paidBy } }); // want "links a \"Participant\" by \"paidById\" alone"
}
