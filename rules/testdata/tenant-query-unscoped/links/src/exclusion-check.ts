import { prisma } from "./db";

// Ids checked by looking for those of another tenant, leaving when there is
// any (amplication's team members): each id linked is the tenant's.
export async function linkExclusionChecked(organizationId: string, integrationId: string, tagIds: string[]) {
  const invalid = await prisma.tag.findMany({ where: { id: { in: tagIds }, OR: [{ name: "" }, { organizationId: { not: organizationId } }] } }); // want "findMany on tenant-scoped \"Tag\" does not filter by the tenant"
  if (invalid && invalid.length > 0) throw new Error("invalid tags");
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { connect: tagIds.map((id) => ({ id })) } } });
}

// Another entry narrows the rows found: another tenant's may be missed.
export async function linkExclusionNarrowed(organizationId: string, integrationId: string, tagIds: string[]) {
  const invalid = await prisma.tag.findMany({ where: { id: { in: tagIds }, name: "x", OR: [{ organizationId: { not: organizationId } }] } }); // want "findMany on tenant-scoped \"Tag\" does not filter by the tenant"
  if (invalid.length > 0) throw new Error("invalid tags");
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { connect: tagIds.map((id) => ({ id })) } } }); // want "links a \"Tag\" by \\{ id \\} alone"
}

// Found, but the function goes on.
export async function linkExclusionIgnored(organizationId: string, integrationId: string, tagIds: string[], log: (n: number) => void) {
  const invalid = await prisma.tag.findMany({ where: { id: { in: tagIds }, OR: [{ organizationId: { not: organizationId } }] } }); // want "findMany on tenant-scoped \"Tag\" does not filter by the tenant"
  if (invalid.length > 0) log(invalid.length);
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { connect: tagIds.map((id) => ({ id })) } } }); // want "links a \"Tag\" by \\{ id \\} alone"
}

// Another list is linked than the one checked.
export async function linkExclusionOtherList(organizationId: string, integrationId: string, tagIds: string[], otherIds: string[]) {
  const invalid = await prisma.tag.findMany({ where: { id: { in: tagIds }, OR: [{ organizationId: { not: organizationId } }] } }); // want "findMany on tenant-scoped \"Tag\" does not filter by the tenant"
  if (invalid.length > 0) throw new Error("invalid tags");
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { connect: otherIds.map((id) => ({ id })) } } }); // want "links a \"Tag\" by \\{ id \\} alone"
}

// The branch excludes on another field than the tenant.
export async function linkExclusionOtherField(organizationId: string, integrationId: string, tagIds: string[]) {
  const invalid = await prisma.tag.findMany({ where: { id: { in: tagIds }, OR: [{ name: { not: organizationId } }] } }); // want "findMany on tenant-scoped \"Tag\" does not filter by the tenant"
  if (invalid.length > 0) throw new Error("invalid tags");
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { connect: tagIds.map((id) => ({ id })) } } }); // want "links a \"Tag\" by \\{ id \\} alone"
}

// The list grows after the check.
export async function linkExclusionGrown(organizationId: string, integrationId: string, tagIds: string[], extra: string) {
  const invalid = await prisma.tag.findMany({ where: { id: { in: tagIds }, OR: [{ organizationId: { not: organizationId } }] } }); // want "findMany on tenant-scoped \"Tag\" does not filter by the tenant"
  if (invalid.length > 0) throw new Error("invalid tags");
  tagIds.push(extra);
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { connect: tagIds.map((id) => ({ id })) } } }); // want "links a \"Tag\" by \\{ id \\} alone"
}

declare function widenTags(held: any): void;

// The list handed on inside an object after the check: the call may add
// another tenant's id.
export async function linkExclusionHanded(organizationId: string, integrationId: string, tagIds: string[]) {
  const invalid = await prisma.tag.findMany({ where: { id: { in: tagIds }, OR: [{ organizationId: { not: organizationId } }] } }); // want "findMany on tenant-scoped \"Tag\" does not filter by the tenant"
  if (invalid.length > 0) throw new Error("invalid tags");
  widenTags({ tagIds });
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { connect: tagIds.map((id) => ({ id })) } } }); // want "links a \"Tag\" by \\{ id \\} alone"
}

// Only its length handed on.
export async function linkExclusionLengthHanded(organizationId: string, integrationId: string, tagIds: string[]) {
  const invalid = await prisma.tag.findMany({ where: { id: { in: tagIds }, OR: [{ organizationId: { not: organizationId } }] } }); // want "findMany on tenant-scoped \"Tag\" does not filter by the tenant"
  if (invalid.length > 0) throw new Error("invalid tags");
  widenTags({ count: tagIds.length });
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { connect: tagIds.map((id) => ({ id })) } } });
}

// The rows found handed on before the test: the call may empty them.
export async function linkExclusionRowsHanded(organizationId: string, integrationId: string, tagIds: string[]) {
  const invalid = await prisma.tag.findMany({ where: { id: { in: tagIds }, OR: [{ organizationId: { not: organizationId } }] } }); // want "findMany on tenant-scoped \"Tag\" does not filter by the tenant"
  widenTags([invalid]);
  if (invalid.length > 0) throw new Error("invalid tags");
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { connect: tagIds.map((id) => ({ id })) } } }); // want "links a \"Tag\" by \\{ id \\} alone"
}
