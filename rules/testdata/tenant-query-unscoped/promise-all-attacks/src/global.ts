declare const db: any;

function getMap(id: string, orgId: number) {
  return db.map.findFirstOrThrow({ where: { id, organizationId: orgId } });
}

// Near miss: the global Promise, also constructed and read elsewhere in
// the file, and named in types.
export async function rename(id: string, orgId: number, name: string): Promise<unknown> {
  await new Promise<void>((resolve) => setTimeout(resolve, 1));
  await Promise.resolve();
  await Promise.all([getMap(id, orgId)]);
  return db.map.update({ where: { id }, data: { name } });
}
