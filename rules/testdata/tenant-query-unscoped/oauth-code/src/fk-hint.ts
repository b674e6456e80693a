declare const prisma: any;

// The way out names the key a row holds to the organization's id, the
// filter a user writes (orgId), also through a parent.
export function byId(id: string) {
  prisma.label.update({ where: { id }, data: { name: "" } }); // want "update on tenant-scoped \"Label\" does not filter by the tenant; add orgId to its where$"
  prisma.label.findMany(); // want "findMany on tenant-scoped \"Label\" has no where; add where: \\{ orgId \\}$"
  prisma.postLabel.deleteMany({ where: { id } }); // want "deleteMany on tenant-scoped \"PostLabel\" does not filter by the tenant; add label: \\{ orgId \\} to its where$"
  // A key to another column of the organization is not its id.
  return prisma.handle.findMany({ where: { id } }); // want "findMany on tenant-scoped \"Handle\" does not filter by the tenant; add org: \\{ id \\} to its where$"
}
