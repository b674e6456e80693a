import { prisma } from "./db";

declare function tagWhere(ids: string[], organizationId: string): any;
declare function label(t: any): string;
declare const otherId: string;

// Rows copied whole by a spread (`rows.map((t) => ({ ...t, label }))`) keep
// each row's id: the copies' ids are the rows' ids, linked as the rows
// themselves (Shelf's kitsWithAssets). Rows whose where is unseen make the
// link a notice naming them; rows looked up with the tenant prove it.
export async function tagUnseenCopies(integrationId: string, organizationId: string, ids: string[]) {
  const rows = await prisma.tag.findMany({ where: tagWhere(ids, organizationId) }); // want "cannot see the where of findMany on tenant-scoped \"Tag\""
  const copies = rows.map((t) => ({ ...t, label: label(t) }));
  const copyIds = copies.map((t) => t.id);
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { connect: copyIds.map((id) => ({ id })) } } }); // want "cannot see whether \"rows\", whose ids update on \"Integration\" links, are the tenant's rows"
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { connect: copies.map((t) => ({ id: t.id })) } } }); // want "cannot see whether \"rows\", whose ids update on \"Integration\" links, are the tenant's rows"
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { connect: rows.map((t) => ({ id: t.id })) } } }); // want "cannot see whether \"rows\", whose ids update on \"Integration\" links, are the tenant's rows"
  await prisma.tag.updateMany({ where: { id: { in: copies.map((t) => t.id) } }, data: { name: "x" } }); // want "cannot see whether \"rows\", whose ids updateMany on tenant-scoped \"Tag\" uses, are the tenant's rows"
}

// A copy whose later entry replaces the id holds other ids: still an error.
export async function tagReplacedCopies(integrationId: string, organizationId: string, ids: string[]) {
  const rows = await prisma.tag.findMany({ where: tagWhere(ids, organizationId) }); // want "cannot see the where of findMany on tenant-scoped \"Tag\""
  const copies = rows.map((t) => ({ ...t, id: otherId }));
  const copyIds = copies.map((t) => t.id);
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { connect: copyIds.map((id) => ({ id })) } } }); // want "update on \"Integration\" links a \"Tag\" by \\{ id \\} alone"
  await prisma.tag.updateMany({ where: { id: { in: copies.map((t) => t.id) } }, data: { name: "x" } }); // want "updateMany on tenant-scoped \"Tag\" does not filter by the tenant"
}

// Copies of rows looked up with the tenant are the tenant's rows.
export async function tagScopedCopies(integrationId: string, organizationId: string, ids: string[]) {
  const rows = await prisma.tag.findMany({ where: { id: { in: ids }, organizationId } });
  const copies = rows.map((t) => ({ ...t, label: label(t) }));
  const copyIds = copies.map((t) => t.id);
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { connect: copyIds.map((id) => ({ id })) } } });
  await prisma.tag.updateMany({ where: { id: { in: copies.map((t) => t.id) } }, data: { name: "x" } });
}

// Near-misses over rows looked up with the tenant: a second spread, an
// id after the spread or a computed key may replace the row's id; a
// spread of something else is no copy of a row.
export async function tagOverriddenCopies(integrationId: string, organizationId: string, ids: string[], extra: any, k: string) {
  const rows = await prisma.tag.findMany({ where: { id: { in: ids }, organizationId } });
  const spreadTwice = rows.map((t) => ({ ...t, ...extra }));
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { connect: spreadTwice.map((t) => ({ id: t.id })) } } }); // want "update on \"Integration\" links a \"Tag\" by \\{ id \\} alone"
  const shorthand = rows.map((t) => ({ ...t, id: ids[0] }));
  await prisma.tag.updateMany({ where: { id: { in: shorthand.map((t) => t.id) } }, data: { name: "x" } }); // want "updateMany on tenant-scoped \"Tag\" does not filter by the tenant"
  const computed = rows.map((t) => ({ ...t, [k]: otherId }));
  await prisma.tag.updateMany({ where: { id: { in: computed.map((t) => t.id) } }, data: { name: "x" } }); // want "updateMany on tenant-scoped \"Tag\" does not filter by the tenant"
  const other = ids.map((id) => ({ ...extra, id }));
  await prisma.tag.updateMany({ where: { id: { in: other.map((t) => t.id) } }, data: { name: "x" } }); // want "updateMany on tenant-scoped \"Tag\" does not filter by the tenant"
}
