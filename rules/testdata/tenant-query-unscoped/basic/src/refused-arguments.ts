// Calls no Prisma client accepts are not queries: an SDK's Team object has
// update() and delete() methods of its own. TypeScript refuses them on a
// Prisma client (a required argument or key is missing) and the client
// throws before any SQL is sent.
export async function sdkObjects(props: { project: { update(v: object): Promise<void>; delete(): Promise<void> } }, name: string) {
  await props.project.update({ name });
  await props.project.update({ name, data: { name } });
  await props.project.delete();
  await props.project.findUnique();
  await props.project.upsert({ where: { id: name }, update: {} });
  await props.project.updateMany({ where: { id: name } });
  await props.project.groupBy({ where: { id: name } });
  await props.project.update(({ name }));
}

// Near misses: what Prisma accepts, or may.
export async function prismaShaped(props: any, values: any, id: string) {
  await props.project.updateMany({ data: { name: id } }); // want "updateMany on tenant-scoped \"Project\" has no where"
  await props.project.deleteMany(); // want "deleteMany on tenant-scoped \"Project\" has no where"
  await props.project.findMany(); // want "findMany on tenant-scoped \"Project\" has no where"
  await props.project.update({ where: { id }, data: { name: id } }); // want "update on tenant-scoped \"Project\" does not filter"
  await props.project.update({ name: id } as any); // want "update on tenant-scoped \"Project\" has no where"
  await props.project.update({ ...values, name: id }); // want "cannot see the where of update on tenant-scoped \"Project\"" "cannot see what update on \"Project\" links through this spread"
  await props.project.update({ [id]: values, data: {} }); // want "update on tenant-scoped \"Project\" has no where"
  await props.project.delete(values); // want "cannot see the where of delete on tenant-scoped \"Project\""
  await props.project.upsert({ where: { id }, create: { id }, update: {} }); // want "upsert on tenant-scoped \"Project\" does not filter"
}
