declare const db: any;

// usertour's analytics: a session carries both tenant fields, and a
// condition on either limits the SQL as `where: { environmentId }` does.
export async function byEnvironment(environmentId: string, projectId: string, contentId: string) {
  await db.session.findMany({ where: { environmentId } });
  await db.$queryRaw`SELECT id FROM "Session" WHERE "environmentId" = ${environmentId} AND "contentId" = ${contentId}`;
  await db.$queryRaw`SELECT id FROM "Session" WHERE "projectId" = ${projectId}`;
}

// Neither tenant column, or one only in a branch of an OR.
export async function byContent(environmentId: string, contentId: string) {
  await db.session.findMany({ where: { contentId } }); // want "findMany on tenant-scoped \"Session\" does not filter by the tenant"
  await db.$queryRaw`SELECT id FROM "Session" WHERE "contentId" = ${contentId}`; // want "reads table \"Session\" without a condition on \"projectId\""
  await db.$queryRaw`SELECT id FROM "Session" WHERE "environmentId" = ${environmentId} OR "contentId" = ${contentId}`; // want "reads table \"Session\" without a condition on \"projectId\""
  await db.$executeRaw`DELETE FROM "Session" WHERE "id" = ${contentId}`; // want "deletes from table \"Session\" without a condition on \"projectId\""
}
