// A table read again, joined by its primary key to a CTE that selected
// that key from the project's rows, reads only those rows (cal.com's
// routing forms).
export async function ctes(prisma: any, projectId: string, name: string) {
  await prisma.$queryRaw`WITH scoped AS (SELECT m.id FROM models m WHERE m.project_id = ${projectId}) SELECT g.* FROM models g INNER JOIN scoped s ON g.id = s.id`;
  await prisma.$queryRaw`WITH scoped AS (SELECT m.id AS model_id, m.name FROM models m WHERE m.project_id = ${projectId}) SELECT g.* FROM models g, scoped s WHERE s.model_id = g.id AND g.name = ${name}`;
  await prisma.$queryRaw`WITH a AS (SELECT m.id FROM models m WHERE m.project_id = ${projectId}), b AS (SELECT a.id FROM a) SELECT g.* FROM models g JOIN a ON g.id = a.id`;
}

// The CTE's rows are every project's; the outer query joins a table the
// CTE does not scope, or names a second CTE that is unscoped.
export async function ctesUnscoped(prisma: any, projectId: string, name: string) {
  await prisma.$queryRaw`WITH scoped AS (SELECT m.id FROM models m WHERE m.name = ${name}) SELECT g.* FROM models g INNER JOIN scoped s ON g.id = s.id`; // want "\\$queryRaw reads table \"models\""
  await prisma.$queryRaw`WITH scoped AS (SELECT m.id FROM models m WHERE m.project_id = ${projectId}) SELECT g.*, p.* FROM models g INNER JOIN scoped s ON g.id = s.id JOIN prices p ON p.id = ${name}`; // want "\\$queryRaw reads table \"prices\""
  await prisma.$queryRaw`WITH a AS (SELECT m.id FROM models m WHERE m.project_id = ${projectId}), b AS (SELECT n.id FROM models n) SELECT g.* FROM models g JOIN a ON g.id = a.id`; // want "\\$queryRaw reads table \"models\""
  await prisma.$queryRaw`WITH a AS (SELECT m.id FROM models m WHERE m.project_id = ${projectId}), b AS (SELECT n.id FROM models n WHERE n.name = ${name}) SELECT g.* FROM models g JOIN b ON g.id = b.id`; // want "\\$queryRaw reads table \"models\""
}

// The join does not limit the outer rows to the CTE's, or not by their
// key: a LEFT JOIN, an OR, another column, a column the CTE renamed.
export async function ctesNotJoined(prisma: any, projectId: string, name: string) {
  await prisma.$queryRaw`WITH scoped AS (SELECT m.id FROM models m WHERE m.project_id = ${projectId}) SELECT g.* FROM models g LEFT JOIN scoped s ON g.id = s.id`; // want "\\$queryRaw reads table \"models\""
  await prisma.$queryRaw`WITH scoped AS (SELECT m.id FROM models m WHERE m.project_id = ${projectId}) SELECT g.* FROM models g, scoped s WHERE g.id = s.id OR g.name = ${name}`; // want "\\$queryRaw reads table \"models\""
  await prisma.$queryRaw`WITH scoped AS (SELECT m.name FROM models m WHERE m.project_id = ${projectId}) SELECT g.* FROM models g JOIN scoped s ON g.name = s.name`; // want "\\$queryRaw reads table \"models\""
  await prisma.$queryRaw`WITH scoped AS (SELECT m.name AS id FROM models m WHERE m.project_id = ${projectId}) SELECT g.* FROM models g JOIN scoped s ON g.id = s.id`; // want "\\$queryRaw reads table \"models\""
  await prisma.$queryRaw`WITH scoped (id) AS (SELECT m.name FROM models m WHERE m.project_id = ${projectId}) SELECT g.* FROM models g JOIN scoped s ON g.id = s.id`; // want "\\$queryRaw reads table \"models\""
  await prisma.$queryRaw`WITH scoped AS (SELECT m.id FROM models m WHERE m.project_id = ${projectId} UNION SELECT m.id FROM models m WHERE m.project_id = ${projectId}) SELECT g.* FROM models g JOIN scoped s ON g.id = s.id`; // want "\\$queryRaw reads table \"models\""
}
