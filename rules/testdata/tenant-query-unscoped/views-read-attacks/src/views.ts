declare const db: any;

export async function snake(name: string) {
  return db.snakeSummary.findMany({ where: { name } }); // want "findMany on tenant-scoped \"SnakeSummary\" does not filter by the tenant; add organization_id to its where"
}

export async function snakeScoped(name: string, orgId: number) {
  return db.snakeSummary.findMany({ where: { name, organization_id: orgId } });
}

export async function mapped(name: string) {
  return db.mappedSummary.findMany({ where: { name } }); // want "findMany on tenant-scoped \"MappedSummary\" does not filter by the tenant; add orgId to its where"
}

export async function mappedScoped(name: string, orgId: number) {
  return db.mappedSummary.findMany({ where: { name, orgId } });
}

export async function maybe(name: string) {
  return db.maybeSummary.findMany({ where: { name } }); // want "findMany on tenant-scoped \"MaybeSummary\" does not filter by the tenant"
}

export async function counts() {
  return db.publicMapCount.findMany(); // want "findMany on tenant-scoped \"PublicMapCount\" has no where"
}

export async function cards(name: string) {
  return db.mapCard.findMany({ where: { name } }); // want "findMany on tenant-scoped \"MapCard\" does not filter by the tenant"
}

export async function cardsScoped(name: string, organizationId: number) {
  return db.mapCard.findMany({ where: { name, organizationId } });
}

// Raw SQL on a view reads every tenant's rows as on a table.
export async function rawCards(name: string) {
  return db.$queryRaw`SELECT * FROM "map_cards" WHERE name = ${name}`; // want "\\$queryRaw reads table \"map_cards\" without a condition on \"organizationId\""
}

export async function rawCardsScoped(name: string, organizationId: number) {
  return db.$queryRaw`SELECT * FROM "map_cards" WHERE name = ${name} AND "organizationId" = ${organizationId}`;
}

// A view whose rows are each a map's, read without the map's tenant.
export async function stats() {
  return db.mapStats.findMany({ where: { views: { gt: 10 } } }); // want "findMany on tenant-scoped \"MapStats\" does not filter by the tenant"
}

export async function statsScoped(organizationId: number) {
  return db.mapStats.findMany({ where: { views: { gt: 10 }, map: { organizationId } } });
}

// A view of another schema, read by delegate and by raw SQL.
export async function analytics(name: string) {
  return db.analyticsCard.findMany({ where: { name } }); // want "findMany on tenant-scoped \"AnalyticsCard\" does not filter by the tenant"
}

export async function rawAnalytics(name: string) {
  return db.$queryRaw`SELECT * FROM analytics."AnalyticsCard" WHERE name = ${name}`; // want "\\$queryRaw reads table \"AnalyticsCard\" without a condition on \"organizationId\""
}
