import { firstPlacedVersionId, otherVersionId, patchedVersionId, placedVersionId, placementKey } from "./content-utils";

declare const db: any;

// usertour's web-socket.service.ts: the versions placed in one spot, each
// read by an imported helper from the placements the project's contents
// were loaded with.
// A placement is its content's, but the version it publishes may be
// another content's, another project's: not proven.
export async function placedVersions(projectId: string, placementId: string) {
  const contents = await db.content.findMany({ where: { projectId }, include: { placements: true } });
  const versionIds = contents.map((content: any) => placedVersionId(content, placementId)).filter(Boolean);
  await db.version.findMany({ where: { id: { in: versionIds } } }); // want "findMany on tenant-scoped \"Version\" does not filter by the tenant"
  await db.version.findMany({ where: { id: { in: contents.map((c: any) => firstPlacedVersionId(c)) } } }); // want "findMany on tenant-scoped \"Version\" does not filter by the tenant"
}

// The contents found without the project; a helper that returns another
// key, rewrites the key it returns, or reads another list than the row's.
export async function placedVersionsUnchecked(projectId: string, placementId: string, body: any) {
  const anyContents = await db.content.findMany({ where: { name: placementId }, include: { placements: true } }); // want "findMany on tenant-scoped \"Content\" does not filter by the tenant"
  const anyIds = anyContents.map((content: any) => placedVersionId(content, placementId)).filter(Boolean);
  await db.version.findMany({ where: { id: { in: anyIds } } }); // want "findMany on tenant-scoped \"Version\" does not filter by the tenant"
  const contents = await db.content.findMany({ where: { projectId }, include: { placements: true } });
  const placements = contents.map((content: any) => placementKey(content, placementId));
  await db.version.findMany({ where: { id: { in: placements } } }); // want "findMany on tenant-scoped \"Version\" does not filter by the tenant"
  const patched = contents.map((content: any) => patchedVersionId(content, body.versionId));
  await db.version.findMany({ where: { id: { in: patched } } }); // want "findMany on tenant-scoped \"Version\" does not filter by the tenant"
  const others = contents.map((content: any) => otherVersionId(content, body));
  await db.version.findMany({ where: { id: { in: others } } }); // want "findMany on tenant-scoped \"Version\" does not filter by the tenant"
  const swapped = contents.map((content: any) => placedVersionId(body, content.id));
  await db.version.findMany({ where: { id: { in: swapped } } }); // want "findMany on tenant-scoped \"Version\" does not filter by the tenant"
  const spread = contents.map((content: any) => otherVersionId(...body.pre, content));
  await db.version.findMany({ where: { id: { in: spread } } }); // want "findMany on tenant-scoped \"Version\" does not filter by the tenant"
}
