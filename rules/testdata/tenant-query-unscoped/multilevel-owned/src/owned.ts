// The top tenant is not judged, even with a required relation to a row it
// owns: that row is scoped only through the tenant itself.
export async function organisations(db: any, name: string) {
  await db.organisation.findMany();
  await db.organisation.findMany({ where: { name } });
  await db.organisation.count({ where: { claim: { memberCount: 0 } } });
}

// Twins: a tenant under it is judged.
export async function teams(db: any, organisationId: string, name: string) {
  await db.team.findMany({ where: { organisationId } });
  await db.team.findMany({ where: { name } }); // want "findMany on tenant-scoped \"Team\" does not filter by the tenant; add organisationId to its where$"
}

// The row the tenant owns is judged through its owner, and the hint names
// the way there.
export async function claims(db: any, organisationId: string) {
  await db.claim.findMany({ where: { organisation: { id: organisationId } } });
  await db.claim.findMany({ where: { memberCount: 0 } }); // want "findMany on tenant-scoped \"Claim\" does not filter by the tenant; add organisation: \\{ id \\} to its where$"
}
