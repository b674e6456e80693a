declare const prisma: any;

// Shapes of postiz's post and tag repositories. A tenant given to the
// method but left out of the where scopes nothing.
export function editTag(id: string, orgId: string, name: string) {
  return prisma.tag.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Tag\" does not filter"
}

export function deleteTag(id: string, orgId: string) {
  return prisma.tag.update({ where: { id, organizationId: orgId }, data: { name: "" } });
}

// Writing the tenant into the row does not choose the row: the upsert
// overwrites whichever tenant's post has the id the body names, then
// moves it to the caller's organization.
export async function savePost(orgId: string, body: { id?: string; group?: string; content: string }) {
  const data = { content: body.content, organization: { connect: { id: orgId } } };
  await prisma.post.upsert({ where: { id: body.id }, create: data, update: data }); // want "upsert on tenant-scoped \"Post\" does not filter"
  await prisma.post.upsert({ where: { id: body.id, organizationId: orgId }, create: data, update: data });
  // The group the body names may be another tenant's.
  await prisma.post.updateMany({ where: { group: body.group }, data: { content: "" } }); // want "updateMany on tenant-scoped \"Post\" does not filter"
  return prisma.post.updateMany({ where: { group: body.group, organizationId: orgId }, data: { content: "" } });
}
