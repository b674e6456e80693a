declare const db: any;

// usertour's references.service.ts: the version keys the project's
// contents hold, and those of their placements, gathered into one list.
// The placements' versions may be other contents', other projects'.
export async function liveVersions(projectId: string, themeId: string) {
  const contents = await db.content.findMany({
    where: { projectId },
    select: { editedVersionId: true, placements: { select: { publishedVersionId: true } } },
  });
  const editedIds = new Set(contents.map((c: any) => c.editedVersionId).filter(Boolean) as string[]);
  const publishedIds = new Set(contents.flatMap((c: any) => c.placements.map((e: any) => e.publishedVersionId)));
  const liveVersionIds = [...new Set([...editedIds, ...publishedIds])];
  await db.version.findMany({ where: { id: { in: liveVersionIds }, themeId } }); // want "findMany on tenant-scoped \"Version\" does not filter by the tenant"
  await db.step.findMany({ where: { versionId: { in: liveVersionIds } } }); // want "findMany on tenant-scoped \"Step\" does not filter by the tenant"
  await db.version.findMany({ where: { id: { in: contents.map((c: any) => c.editedVersionId) } } });
}

// The contents found without the project.
export async function anyContents(name: string) {
  const contents = await db.content.findMany({ where: { name } }); // want "findMany on tenant-scoped \"Content\" does not filter by the tenant"
  const editedIds = contents.map((c: any) => c.editedVersionId);
  await db.version.findMany({ where: { id: { in: editedIds } } }); // want "findMany on tenant-scoped \"Version\" does not filter by the tenant"
  const published = contents.flatMap((c: any) => c.placements.map((e: any) => e.publishedVersionId));
  await db.version.findMany({ where: { id: { in: published } } }); // want "findMany on tenant-scoped \"Version\" does not filter by the tenant"
}

// A field that is no key of a version.
export async function notAKey(projectId: string) {
  const contents = await db.content.findMany({ where: { projectId } });
  await db.version.findMany({ where: { id: { in: contents.map((c: any) => c.name) } } }); // want "findMany on tenant-scoped \"Version\" does not filter by the tenant"
}

// A row's key rewritten before the list is made.
export async function rewritten(projectId: string, other: string) {
  const contents = await db.content.findMany({ where: { projectId } });
  contents[0].editedVersionId = other;
  const editedIds = contents.map((c: any) => c.editedVersionId);
  await db.version.deleteMany({ where: { id: { in: editedIds } } }); // want "deleteMany on tenant-scoped \"Version\" does not filter by the tenant"
}

// Another row put into the list.
export async function grown(projectId: string, other: any) {
  const contents = await db.content.findMany({ where: { projectId } });
  contents.push(other);
  await db.version.deleteMany({ where: { id: { in: contents.map((c: any) => c.editedVersionId) } } }); // want "deleteMany on tenant-scoped \"Version\" does not filter by the tenant"
}
