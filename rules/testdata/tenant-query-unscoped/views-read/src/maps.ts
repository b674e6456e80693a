declare const db: any;

// A view that shows a table's tenant column is read as that table is.
export async function byName(name: string) {
  return db.mapSummary.findMany({ where: { name } }); // want "findMany on tenant-scoped \"MapSummary\" does not filter by the tenant; add organizationId to its where"
}

export async function one(id: string) {
  return db.mapSummary.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"MapSummary\" does not filter by the tenant"
}

export async function all() {
  return db.mapSummary.count(); // want "count on tenant-scoped \"MapSummary\" has no where"
}

export async function scoped(name: string, organizationId: number) {
  return db.mapSummary.findMany({ where: { name, organizationId } });
}

export async function mine(id: string, organizationId: number) {
  return db.mapSummary.findFirst({ where: { id, organizationId } });
}

// A view without a tenant column, and one declared global, are nobody's.
export async function styles() {
  return db.mapStyle.findMany();
}

export async function counts() {
  return db.publicMapCount.findMany();
}
