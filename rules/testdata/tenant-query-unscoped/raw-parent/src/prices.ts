// A row joined by its foreign key to a parent row that is the project's is
// the project's, as a relation filter in a where says: the parent's own
// condition must limit it, and the join must follow the foreign key.
export async function prices(prisma: any, projectId: string, modelId: string) {
  await prisma.$queryRaw`SELECT p.* FROM prices p JOIN pricing_tiers t ON t.id = p.pricing_tier_id JOIN models m ON m.id = t.model_id WHERE m.id = ${modelId} AND (m.project_id IS NULL OR m.project_id = ${projectId})`;
  await prisma.$queryRaw`SELECT p.* FROM prices p JOIN pricing_tiers t ON t.id = p.id JOIN models m ON m.id = t.model_id WHERE m.id = ${modelId} AND (m.project_id IS NULL OR m.project_id = ${projectId})`; // want "\\$queryRaw reads table \"prices\" without a condition on \"project_id\""
  await prisma.$queryRaw`SELECT p.* FROM prices p JOIN models m ON m.id = p.model_id WHERE m.name = ${modelId}`; // want "\\$queryRaw reads table \"(prices|models)\""
  await prisma.$queryRaw`SELECT m.*, (SELECT count(*) FROM prices p WHERE p.model_id = m.id) FROM models m WHERE m.project_id = ${projectId}`;
  await prisma.$queryRaw`SELECT m.*, (SELECT count(*) FROM prices p WHERE p.model_id = m.id) FROM models m WHERE m.project_id <> ${projectId}`; // want "\\$queryRaw reads table \"models\""
  await prisma.$queryRaw`SELECT p.* FROM prices p LEFT JOIN models m ON m.id = p.model_id AND m.project_id = ${projectId}`; // want "\\$queryRaw reads table \"prices\""
}
