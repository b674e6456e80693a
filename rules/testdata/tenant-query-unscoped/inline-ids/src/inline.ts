import { db } from "./db";

// The ids of the rows a findMany with the tenant found, mapped in the
// expression that awaits it (linkwarden's tag merge and bulk delete).

export async function mergeLabels(organizationId: string, labelIds: string[], name: string) {
  let affected: string[];
  affected = (
    await db.doc.findMany({
      where: { folder: { organizationId }, labels: { some: { id: { in: labelIds } } } },
      select: { id: true },
    })
  ).map((doc) => doc.id);
  await db.label.create({
    data: { name, organizationId, docs: { connect: affected.map((id) => ({ id })) } },
  });
  await db.doc.updateMany({ where: { id: { in: affected } }, data: { stale: true } });
}

export async function staleFolderDocs(organizationId: string) {
  const ids = (await db.doc.findMany({ where: { folder: { organizationId } } })).map((d) => d.id);
  await db.doc.updateMany({ where: { id: { in: ids } }, data: { stale: true } });
  let again = (await db.doc.findMany({ where: { folder: { organizationId } } })).map((d) => d.id);
  await db.doc.updateMany({ where: { id: { in: again } }, data: { stale: false } });
}

// Near misses: each list may hold another organization's ids.

export async function mergeAnyLabels(labelIds: string[], name: string, organizationId: string) {
  let affected: string[];
  affected = (
    await db.doc.findMany({ // want "findMany on tenant-scoped \"Doc\" does not filter by the tenant"
      where: { labels: { some: { id: { in: labelIds } } } },
      select: { id: true },
    })
  ).map((doc) => doc.id);
  await db.label.create({
    data: { name, organizationId, docs: { connect: affected.map((id) => ({ id })) } }, // want "create on \"Label\" links a \"Doc\" by . id . alone"
  });
  await db.doc.updateMany({ where: { id: { in: affected } }, data: { stale: true } }); // want "updateMany on tenant-scoped \"Doc\" does not filter by the tenant"
}

// Assigned only when the flag holds: otherwise the list is undefined, and
// `{ in: undefined }` filters nothing.
export async function maybeAssigned(organizationId: string, some: boolean) {
  let affected: string[] | undefined;
  if (some) {
    affected = (await db.doc.findMany({ where: { folder: { organizationId } } })).map((d) => d.id);
  }
  await db.doc.updateMany({ where: { id: { in: affected } }, data: { stale: true } }); // want "updateMany on tenant-scoped \"Doc\" does not filter by the tenant"
}

export async function assignedTwice(organizationId: string, other: string[]) {
  let affected: string[];
  affected = (await db.doc.findMany({ where: { folder: { organizationId } } })).map((d) => d.id);
  if (other.length > 0) {
    affected = other;
  }
  await db.doc.updateMany({ where: { id: { in: affected } }, data: { stale: true } }); // want "updateMany on tenant-scoped \"Doc\" does not filter by the tenant"
}

export async function grown(organizationId: string, other: string) {
  let affected: string[];
  affected = (await db.doc.findMany({ where: { folder: { organizationId } } })).map((d) => d.id);
  affected.push(other);
  await db.doc.updateMany({ where: { id: { in: affected } }, data: { stale: true } }); // want "updateMany on tenant-scoped \"Doc\" does not filter by the tenant"
  const ids = (await db.doc.findMany({ where: { folder: { organizationId } } })).map((d) => d.id);
  ids.push(other);
  await db.doc.updateMany({ where: { id: { in: ids } }, data: { stale: true } }); // want "updateMany on tenant-scoped \"Doc\" does not filter by the tenant"
}

export async function otherField(organizationId: string) {
  const ids = (await db.doc.findMany({ where: { folder: { organizationId } } })).map((d) => d.folderId);
  await db.doc.updateMany({ where: { id: { in: ids } }, data: { stale: true } }); // want "updateMany on tenant-scoped \"Doc\" does not filter by the tenant"
}

export async function shadowed(organizationId: string, other: string[]) {
  const ids = (await db.doc.findMany({ where: { folder: { organizationId } } })).map((d) => d.id);
  {
    const ids = other;
    await db.doc.updateMany({ where: { id: { in: ids } }, data: { stale: true } }); // want "updateMany on tenant-scoped \"Doc\" does not filter by the tenant"
  }
  return ids;
}

// Grown under another name, by a method named by a string, or by a
// function handed the list.
export async function grownElsewhere(organizationId: string, other: string, more: string[]) {
  const ids = (await db.doc.findMany({ where: { folder: { organizationId } } })).map((d) => d.id);
  const alias = ids;
  alias.push(other);
  await db.doc.updateMany({ where: { id: { in: ids } }, data: { stale: true } }); // want "updateMany on tenant-scoped \"Doc\" does not filter by the tenant"
  const named = (await db.doc.findMany({ where: { folder: { organizationId } } })).map((d) => d.id);
  named["push"](other);
  await db.doc.updateMany({ where: { id: { in: named } }, data: { stale: true } }); // want "updateMany on tenant-scoped \"Doc\" does not filter by the tenant"
  const handed = (await db.doc.findMany({ where: { folder: { organizationId } } })).map((d) => d.id);
  Array.prototype.push.apply(handed, more);
  await db.doc.updateMany({ where: { id: { in: handed } }, data: { stale: true } }); // want "updateMany on tenant-scoped \"Doc\" does not filter by the tenant"
  let later: string[];
  later = (await db.doc.findMany({ where: { folder: { organizationId } } })).map((d) => d.id);
  Object.assign(later, more);
  await db.doc.updateMany({ where: { id: { in: later } }, data: { stale: true } }); // want "updateMany on tenant-scoped \"Doc\" does not filter by the tenant"
}
