// A lock helper's raw lookup on its client, and one on a stub of the
// file's own that echoes a row for any id.
const stub = { $queryRaw: async (..._: unknown[]) => [{ id: "x" }] };

export async function lockProject(tx: any, projectId: string, organizationId: number) {
  const result = await tx.$queryRaw<any[]>`
    SELECT * FROM "Project" WHERE id = ${projectId} AND "organizationId" = ${organizationId} FOR UPDATE
  `;
  if (!result || result.length === 0) {
    throw new Error("not found");
  }
  return result[0];
}

export async function lockProjectOnStub(_tx: any, projectId: string, organizationId: number) {
  const result = await stub.$queryRaw`
    SELECT * FROM "Project" WHERE id = ${projectId} AND "organizationId" = ${organizationId} FOR UPDATE
  `;
  if (!result || result.length === 0) {
    throw new Error("not found");
  }
  return result[0];
}
