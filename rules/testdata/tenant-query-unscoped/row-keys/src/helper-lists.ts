import { placedVersionId } from "./content-utils";
import { assignedVersionId } from "./assign-utils";

declare const db: any;

// The placements a helper reads a key from may hold a row from elsewhere
// once the function puts one in, replaces the list or one of its
// elements, or the helper's find copies another object onto them.
export async function placedVersionsGrown(projectId: string, placementId: string, body: any) {
  const contents = await db.content.findMany({ where: { projectId }, include: { placements: true } });
  contents.forEach((c: any) => c.placements.push(body.placement));
  await db.version.findMany({ where: { id: { in: contents.map((c: any) => placedVersionId(c, placementId)) } } }); // want "findMany on tenant-scoped \"Version\" does not filter by the tenant"
}

export async function placedVersionsReplaced(projectId: string, placementId: string, body: any) {
  const contents = await db.content.findMany({ where: { projectId }, include: { placements: true } });
  contents[0].placements = body.placements;
  await db.version.findMany({ where: { id: { in: contents.map((c: any) => placedVersionId(c, placementId)) } } }); // want "findMany on tenant-scoped \"Version\" does not filter by the tenant"
}

export async function placedVersionsElement(projectId: string, placementId: string, body: any) {
  const contents = await db.content.findMany({ where: { projectId }, include: { placements: true } });
  for (const c of contents) c.placements[0] = body.placement;
  await db.version.findMany({ where: { id: { in: contents.map((c: any) => placedVersionId(c, placementId)) } } }); // want "findMany on tenant-scoped \"Version\" does not filter by the tenant"
}

export async function placedVersionsAssigned(projectId: string, body: any) {
  const contents = await db.content.findMany({ where: { projectId }, include: { placements: true } });
  await db.version.findMany({ where: { id: { in: contents.map((c: any) => assignedVersionId(c, body)) } } }); // want "findMany on tenant-scoped \"Version\" does not filter by the tenant"
}

// The twin: the placements only read, their count among them.
// The placements' versions may be other contents', other projects'.
export async function placedVersionsRead(projectId: string, placementId: string) {
  const contents = await db.content.findMany({ where: { projectId }, include: { placements: true } });
  if (contents[0]?.placements.length === 0) return;
  const first = contents[0].placements[0];
  await db.version.findMany({ where: { id: { in: contents.map((c: any) => placedVersionId(c, placementId)) } } }); // want "findMany on tenant-scoped \"Version\" does not filter by the tenant"
  return first;
}
