declare const db: any;

// The foreign keys of the project's contents, mapped in the filter itself.
export async function kept(projectId: string) {
  const contents = await db.content.findMany({ where: { projectId } });
  await db.version.deleteMany({ where: { id: { in: contents.map((c: any) => c.editedVersionId) } } });
}

// Another content put into the list first.
export async function pushed(projectId: string, other: any) {
  const contents = await db.content.findMany({ where: { projectId } });
  contents.push(other);
  await db.version.deleteMany({ where: { id: { in: contents.map((c: any) => c.editedVersionId) } } }); // want "deleteMany on tenant-scoped \"Version\" does not filter by the tenant"
}

// A content's key replaced first.
export async function replaced(projectId: string, other: string) {
  const contents = await db.content.findMany({ where: { projectId } });
  contents[0].editedVersionId = other;
  await db.version.deleteMany({ where: { id: { in: contents.map((c: any) => c.editedVersionId) } } }); // want "deleteMany on tenant-scoped \"Version\" does not filter by the tenant"
}

// The list's elements overwritten by Object.assign.
export async function assigned(projectId: string, others: any[]) {
  const contents = await db.content.findMany({ where: { projectId } });
  Object.assign(contents, others);
  await db.version.deleteMany({ where: { id: { in: contents.map((c: any) => c.editedVersionId) } } }); // want "deleteMany on tenant-scoped \"Version\" does not filter by the tenant"
}

// Replaced in a loop, after the filter on the loop's first turn.
export async function replacedLater(projectId: string, others: string[]) {
  const contents = await db.content.findMany({ where: { projectId } });
  for (const o of others) {
    await db.version.deleteMany({ where: { id: { in: contents.map((c: any) => c.editedVersionId) } } }); // want "deleteMany on tenant-scoped \"Version\" does not filter by the tenant"
    contents[0].editedVersionId = o;
  }
}
