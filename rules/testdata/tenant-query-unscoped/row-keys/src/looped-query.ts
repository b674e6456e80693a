declare const db: any;
declare function refilter(role: string): string;

// usertour's environments.service.ts: the loop reads the rows straight
// from a query with the tenant, so each row's id is the project's.
export async function dropRole(tx: any, projectId: string) {
  for (const row of await tx.member.findMany({ where: { projectId } })) {
    await tx.member.update({ where: { id: row.id }, data: { role: refilter(row.role) } });
  }
  // A foreign key of such a row names the project's row too.
  for (const c of await tx.content.findMany({ where: { projectId } })) {
    await tx.version.deleteMany({ where: { id: c.editedVersionId } });
  }
}

// The same loop over a query without the tenant.
export async function dropRoleEverywhere(tx: any, userId: string) {
  for (const row of await tx.member.findMany({ where: { userId } })) { // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
    await tx.member.update({ where: { id: row.id }, data: { role: "" } }); // want "update on tenant-scoped \"Member\" does not filter by the tenant"
  }
}

// A loop variable given another row before the write.
export async function reassigned(tx: any, projectId: string, other: any) {
  for (let row of await tx.member.findMany({ where: { projectId } })) {
    row = other;
    await tx.member.update({ where: { id: row.id }, data: { role: "" } }); // want "update on tenant-scoped \"Member\" does not filter by the tenant"
  }
}

// A callback's parameter of the same name hides the loop's row.
export async function hidden(tx: any, projectId: string, others: any[]) {
  for (const row of await tx.member.findMany({ where: { projectId } })) {
    await Promise.all(others.map((row) => tx.member.delete({ where: { id: row.id } }))); // want "delete on tenant-scoped \"Member\" does not filter by the tenant"
  }
}

// A key of the row that names no row of the model written.
export async function otherModel(tx: any, projectId: string) {
  for (const c of await tx.content.findMany({ where: { projectId } })) {
    await tx.version.deleteMany({ where: { id: c.id } }); // want "deleteMany on tenant-scoped \"Version\" does not filter by the tenant"
  }
}
