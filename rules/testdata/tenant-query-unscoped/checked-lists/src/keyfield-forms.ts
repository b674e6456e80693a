import { db } from "./db";

// A key set through a subscript, a destructuring assignment or an
// Object.assign onto the rows found is set as `m.id = other` is: the rows
// hold keys no proof checked. The twin sets another field, or assigns onto
// a fresh object or a const literal the function fills in, and stays quiet.
export async function setBySubscript(organisationId: string, pickedId: string, other: string) {
  const recent = await db.memory.findMany({ where: { organisationId, kind: "recent" } });
  recent.forEach((m) => {
    m["id"] = other;
  });
  const match = recent.find((m) => m.id === pickedId);
  if (match) {
    await db.memory.update({ where: { id: match.id }, data: { kind: "seen" } }); // want "update on tenant-scoped \"Memory\" does not filter by the tenant"
  }
}

export async function setByPattern(organisationId: string, pickedId: string, other: { id: string }) {
  const recent = await db.memory.findMany({ where: { organisationId, kind: "recent" } });
  for (const m of recent) ({ id: m.id } = other);
  const match = recent.find((m) => m.id === pickedId);
  if (match) {
    await db.memory.update({ where: { id: match.id }, data: { kind: "seen" } }); // want "update on tenant-scoped \"Memory\" does not filter by the tenant"
  }
}

export async function setByAssign(organisationId: string, pickedId: string, patch: { kind?: string }) {
  const recent = await db.memory.findMany({ where: { organisationId, kind: "recent" } });
  recent.forEach((m) => Object.assign(m, patch));
  const match = recent.find((m) => m.id === pickedId);
  if (match) {
    await db.memory.update({ where: { id: match.id }, data: { kind: "seen" } }); // want "update on tenant-scoped \"Memory\" does not filter by the tenant"
  }
}

export async function setOtherFields(organisationId: string, pickedId: string, other: string, key: string) {
  const recent = await db.memory.findMany({ where: { organisationId, kind: "recent" } });
  recent.forEach((m) => {
    m["kind"] = other;
    Object.assign(m, { kind: other });
  });
  const copies = recent.map((m) => Object.assign({}, m, { [key]: other }));
  const data = { kind: other };
  Object.assign(data, copies[0]);
  const match = recent.find((m) => m.id === pickedId);
  if (match) {
    await db.memory.update({ where: { id: match.id }, data: { kind: "seen" } });
  }
  return copies;
}
