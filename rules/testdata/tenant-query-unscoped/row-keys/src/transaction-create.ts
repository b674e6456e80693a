declare const db: any;
declare function send(): Promise<void>;

// usertour's team.service.ts: the invite a transaction created, written
// again when sending it fails.
export async function invite(projectId: string, name: string) {
  const result = await db.$transaction(async (tx: any) => {
    const found = await tx.content.findFirst({ where: { projectId, name } });
    if (found) {
      throw new Error("already there");
    }
    return await tx.content.create({ data: { projectId, name } });
  });
  try {
    await send();
  } catch (error) {
    await db.content.update({ where: { id: result.id }, data: { name: "" } });
  }
  const short = await db.$transaction((tx: any) => tx.content.create({ data: { projectId, name } }));
  await db.content.delete({ where: { id: short.id } });
}

// A branch returns a row the transaction found without the project.
export async function foundOrCreated(projectId: string, name: string) {
  const result = await db.$transaction(async (tx: any) => {
    const found = await tx.content.findFirst({ where: { name } }); // want "findFirst on tenant-scoped \"Content\" does not filter by the tenant"
    if (found) {
      return found;
    }
    return tx.content.create({ data: { projectId, name } });
  });
  await db.content.update({ where: { id: result.id }, data: { name: "" } }); // want "update on tenant-scoped \"Content\" does not filter by the tenant"
}

// The callback may end without returning the row.
export async function mayEnd(projectId: string, name: string, create: boolean) {
  const result = await db.$transaction(async (tx: any) => {
    if (create) {
      return tx.content.create({ data: { projectId, name } });
    }
  });
  await db.content.update({ where: { id: result.id }, data: { name: "" } }); // want "update on tenant-scoped \"Content\" does not filter by the tenant"
}

// The row created is of another model.
export async function otherModel(projectId: string) {
  const result = await db.$transaction(async (tx: any) => {
    return tx.member.create({ data: { projectId, userId: "u", role: "" } });
  });
  await db.content.delete({ where: { id: result.id } }); // want "delete on tenant-scoped \"Content\" does not filter by the tenant"
}
