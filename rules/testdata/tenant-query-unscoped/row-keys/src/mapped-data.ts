declare const db: any;

// The rows of a createMany mapped into a const first are judged as the
// same map written in the call: here the project's versions, placed on a
// content just created (its key held under another name).
export async function placeAll(projectId: string, name: string) {
  const content = await db.content.create({ data: { projectId, name } });
  const contentId = content.id;
  const versions = await db.version.findMany({ where: { content: { projectId } } });
  const rows = versions.map((v: any) => ({ contentId, publishedVersionId: v.id }));
  await db.placement.createMany({ data: rows });
}

// usertour's events.service.ts: the caller's version ids, unchecked.
export async function placeGiven(projectId: string, name: string, versionIds: string[]) {
  const content = await db.content.create({ data: { projectId, name } });
  const contentId = content.id;
  const rows = versionIds.map((publishedVersionId) => ({ contentId, publishedVersionId })); // want "createMany on \"Placement\" links a \"Version\" by \"publishedVersionId\" alone"
  await db.placement.createMany({ data: rows });
}

// A content found without the project, or a key that may be replaced.
export async function placeOnFound(projectId: string, name: string, other: string) {
  const found = await db.content.findFirst({ where: { name } }); // want "findFirst on tenant-scoped \"Content\" does not filter by the tenant"
  const foundId = found.id;
  const versions = await db.version.findMany({ where: { content: { projectId } } });
  const rows = versions.map((v: any) => ({ contentId: foundId, publishedVersionId: v.id })); // want "createMany on \"Placement\" links a \"Content\" by \"contentId\" alone"
  await db.placement.createMany({ data: rows });
  const content = await db.content.create({ data: { projectId, name } });
  let contentId = content.id;
  contentId = other;
  await db.placement.createMany({ data: versions.map((v: any) => ({ contentId, publishedVersionId: v.id })) }); // want "createMany on \"Placement\" links a \"Content\" by \"contentId\" alone"
}

// A mapped list also read for its length is still the map's rows.
export async function placeCounted(projectId: string, name: string, versionIds: string[]) {
  const content = await db.content.create({ data: { projectId, name } });
  const contentId = content.id;
  const rows = versionIds.map((publishedVersionId) => ({ contentId, publishedVersionId })); // want "createMany on \"Placement\" links a \"Version\" by \"publishedVersionId\" alone"
  console.log(rows.length);
  await db.placement.createMany({ data: rows });
}


// Given another row before the call, the map's rows are still judged.
export async function placeGrown(projectId: string, name: string, versionIds: string[], extra: { contentId: string; publishedVersionId: string }) {
  const content = await db.content.create({ data: { projectId, name } });
  const contentId = content.id;
  const rows = versionIds.map((publishedVersionId) => ({ contentId, publishedVersionId })); // want "createMany on \"Placement\" links a \"Version\" by \"publishedVersionId\" alone"
  console.log(rows.length);
  rows.push(extra);
  await db.placement.createMany({ data: rows }); // want "cannot see what createMany on \"Placement\" links; build its data as objects"
}
