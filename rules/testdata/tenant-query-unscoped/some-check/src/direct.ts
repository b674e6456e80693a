import { prisma } from "./db";

type Values = { paidBy: string; other: string };

// The key is checked to be the id of a participant of the group found
// with the tenant, and the function throws when it is not.
export async function create(values: Values, groupId: string) {
  const group = await prisma.group.findUnique({ where: { id: groupId }, include: { participants: true } });
  if (!group) throw new Error("no group");
  if (!group.participants.some((p) => p.id === values.paidBy)) throw new Error("bad participant");
  return prisma.expense.create({ data: { id: "e", groupId, paidById: values.paidBy } });
}

// Another key is checked than the one the write links by.
export async function otherKey(values: Values, groupId: string) {
  const group = await prisma.group.findUnique({ where: { id: groupId }, include: { participants: true } });
  if (!group) throw new Error("no group");
  if (!group.participants.some((p) => p.id === values.other)) throw new Error("bad participant");
  return prisma.expense.create({ data: { id: "e", groupId, paidById: values.paidBy } }); // want "links a \"Participant\" by \"paidById\" alone"
}

// The check does not leave: the write runs either way.
export async function logged(values: Values, groupId: string) {
  const group = await prisma.group.findUnique({ where: { id: groupId }, include: { participants: true } });
  if (!group) throw new Error("no group");
  if (!group.participants.some((p) => p.id === values.paidBy)) console.log("bad participant");
  return prisma.expense.create({ data: { id: "e", groupId, paidById: values.paidBy } }); // want "links a \"Participant\" by \"paidById\" alone"
}

function swap(v: Values) {
  v.paidBy = v.other;
}

// The values handed after the check to a function that may set the key.
export async function handedOn(values: Values, groupId: string) {
  const group = await prisma.group.findUnique({ where: { id: groupId }, include: { participants: true } });
  if (!group) throw new Error("no group");
  if (!group.participants.some((p) => p.id === values.paidBy)) throw new Error("bad participant");
  swap(values);
  return prisma.expense.create({ data: { id: "e", groupId, paidById: values.paidBy } }); // want "links a \"Participant\" by \"paidById\" alone"
}

// The values taken under another name after the check, then handed to a
// function that may set the key: the write may link another participant.
export async function aliasedThenHanded(values: Values, groupId: string) {
  const group = await prisma.group.findUnique({ where: { id: groupId }, include: { participants: true } });
  if (!group) throw new Error("no group");
  if (!group.participants.some((p) => p.id === values.paidBy)) throw new Error("bad participant");
  const v = values;
  swap(v);
  return prisma.expense.create({ data: { id: "e", groupId, paidById: values.paidBy } }); // want "links a \"Participant\" by \"paidById\" alone"
}

// Other properties read: quiet.
export async function otherRead(values: Values, groupId: string) {
  const group = await prisma.group.findUnique({ where: { id: groupId }, include: { participants: true } });
  if (!group) throw new Error("no group");
  if (!group.participants.some((p) => p.id === values.paidBy)) throw new Error("bad participant");
  console.log(values.other);
  return prisma.expense.create({ data: { id: "e", groupId, paidById: values.paidBy } });
}

// The values a module holds: another request, or a function the write
// awaits after the check, may set the key where this function never
// shows it.
const draft: Values = { paidBy: "", other: "" };

export function pickPayer(paidBy: string) {
  draft.paidBy = paidBy;
}

declare function audit(): Promise<void>;

export async function fromModuleDraft(groupId: string) {
  const group = await prisma.group.findUnique({ where: { id: groupId }, include: { participants: true } });
  if (!group) throw new Error("no group");
  if (!group.participants.some((p) => p.id === draft.paidBy)) throw new Error("bad participant");
  await audit();
  return prisma.expense.create({ data: { id: "e", groupId, paidById: draft.paidBy } }); // want "links a \"Participant\" by \"paidById\" alone"
}

// Twin: the values a parameter, the same await in between.
export async function fromParameterValues(values: Values, groupId: string) {
  const group = await prisma.group.findUnique({ where: { id: groupId }, include: { participants: true } });
  if (!group) throw new Error("no group");
  if (!group.participants.some((p) => p.id === values.paidBy)) throw new Error("bad participant");
  await audit();
  return prisma.expense.create({ data: { id: "e", groupId, paidById: values.paidBy } });
}
