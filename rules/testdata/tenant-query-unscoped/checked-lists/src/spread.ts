import { db } from "./db";

// A memory picked by id from two lists of the tenant's memories (inbox
// zero's reply memories), updated by its id, then linked by the id the
// update returned: every element of both lists is the tenant's.
export async function attach(organisationId: string, pickedId: string | null, note: string) {
  const [recent, preferred] = await Promise.all([
    db.memory.findMany({ where: { organisationId, kind: "recent" } }),
    db.memory.findMany({ where: { organisationId, kind: "preferred" } }),
  ]);
  const memories = [...recent, ...preferred];
  const match = pickedId ? (memories.find((m) => m.id === pickedId) ?? null) : null;
  if (match) {
    const saved = await db.memory.update({ where: { id: match.id }, data: { kind: "seen" } });
    await db.memorySource.create({ data: { memoryId: saved.id, note } });
  }
  const first = memories.find((m) => m.kind === "recent");
  if (first) {
    await db.memorySource.create({ data: { memoryId: first.id, note } });
  }
}

// One of the lists is found without the tenant: its memories may be any
// organisation's.
export async function attachUnscoped(organisationId: string, pickedId: string | null, note: string) {
  const [recent, preferred] = await Promise.all([
    db.memory.findMany({ where: { organisationId, kind: "recent" } }),
    db.memory.findMany({ where: { kind: "preferred" } }), // want "findMany on tenant-scoped \"Memory\""
  ]);
  const memories = [...recent, ...preferred];
  const match = pickedId ? (memories.find((m) => m.id === pickedId) ?? null) : null;
  if (match) {
    const saved = await db.memory.update({ where: { id: match.id }, data: { kind: "seen" } }); // want "update on tenant-scoped \"Memory\" does not filter by the tenant"
    await db.memorySource.create({ data: { memoryId: saved.id, note } }); // want "create on \"MemorySource\" links a \"Memory\" by \"memoryId\" alone"
  }
}

// A third element spread from the caller's list.
export async function attachThird(organisationId: string, given: { id: string }[], pickedId: string, note: string) {
  const recent = await db.memory.findMany({ where: { organisationId, kind: "recent" } });
  const preferred = await db.memory.findMany({ where: { organisationId, kind: "preferred" } });
  const memories = [...recent, ...preferred, ...given];
  const match = memories.find((m) => m.id === pickedId);
  if (match) {
    await db.memorySource.create({ data: { memoryId: match.id, note } }); // want "create on \"MemorySource\" links a \"Memory\" by \"memoryId\" alone"
  }
}

// A row pushed onto the spread list, or onto one of its lists, before the
// pick.
export async function attachPushed(organisationId: string, other: { id: string; kind: string; organisationId: string }, pickedId: string, note: string) {
  const recent = await db.memory.findMany({ where: { organisationId, kind: "recent" } });
  const preferred = await db.memory.findMany({ where: { organisationId, kind: "preferred" } });
  const memories = [...recent, ...preferred];
  memories.push(other);
  const match = memories.find((m) => m.id === pickedId);
  if (match) {
    await db.memorySource.create({ data: { memoryId: match.id, note } }); // want "create on \"MemorySource\" links a \"Memory\" by \"memoryId\" alone"
  }
  const more = [...recent, ...preferred];
  preferred.push(other);
  const picked = more.find((m) => m.id === pickedId);
  if (picked) {
    await db.memorySource.create({ data: { memoryId: picked.id, note } }); // want "create on \"MemorySource\" links a \"Memory\" by \"memoryId\" alone"
  }
}

// The list, or one of its lists, given another value.
export async function attachReassigned(organisationId: string, others: { id: string }[], pickedId: string, note: string) {
  let recent = await db.memory.findMany({ where: { organisationId, kind: "recent" } });
  const preferred = await db.memory.findMany({ where: { organisationId, kind: "preferred" } });
  recent = await db.memory.findMany({ where: { kind: "recent" } }); // want "findMany on tenant-scoped \"Memory\""
  const memories = [...recent, ...preferred];
  const match = memories.find((m) => m.id === pickedId);
  if (match) {
    await db.memorySource.create({ data: { memoryId: match.id, note } }); // want "create on \"MemorySource\" links a \"Memory\" by \"memoryId\" alone"
  }
  let more = [...preferred];
  more = others;
  const picked = more.find((m) => m.id === pickedId);
  if (picked) {
    await db.memorySource.create({ data: { memoryId: picked.id, note } }); // want "create on \"MemorySource\" links a \"Memory\" by \"memoryId\" alone"
  }
}

// A key read with ?. is undefined when nothing matched, which a where of
// many rows drops.
export async function touchPicked(organisationId: string, pickedId: string) {
  const recent = await db.memory.findMany({ where: { organisationId, kind: "recent" } });
  const preferred = await db.memory.findMany({ where: { organisationId, kind: "preferred" } });
  const memories = [...recent, ...preferred];
  const match = memories.find((m) => m.id === pickedId);
  await db.memory.updateMany({ where: { id: match?.id }, data: { kind: "seen" } }); // want "updateMany on tenant-scoped \"Memory\" does not filter by the tenant"
  await db.memory.update({ where: { id: match?.id }, data: { kind: "seen" } });
}
