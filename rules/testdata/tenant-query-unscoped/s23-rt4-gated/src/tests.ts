declare const prisma: any;

// A ternary whose mismatch arm is false: a question of another category
// goes on.
export async function ternaryLetsThrough(guildId: string, categoryId: number, questionId: string) {
  const original = await prisma.question.findUnique({ where: { id: questionId } }); // want "findUnique on tenant-scoped \"Question\" does not filter by the tenant"
  const category = await prisma.category.findUnique({ where: { id: categoryId } }); // want "findUnique on tenant-scoped \"Category\" does not filter by the tenant"
  if (original?.categoryId !== categoryId ? false : category.guildId !== guildId) return null;
  return original;
}

// A negated || leaves only when both match fail.
export async function negatedOr(guildId: string, categoryId: number, questionId: string) {
  const original = await prisma.question.findUnique({ where: { id: questionId } }); // want "findUnique on tenant-scoped \"Question\" does not filter by the tenant"
  const category = await prisma.category.findUnique({ where: { id: categoryId } }); // want "findUnique on tenant-scoped \"Category\" does not filter by the tenant"
  if (!(original?.categoryId === categoryId || category.guildId === guildId)) return null;
  return original;
}

// The category looked up after the test.
export async function categoryAfter(guildId: string, categoryId: number, questionId: string, check: () => boolean) {
  const original = await prisma.question.findUnique({ where: { id: questionId } }); // want "findUnique on tenant-scoped \"Question\" does not filter by the tenant"
  if (original?.categoryId !== categoryId || check()) return null;
  const category = await prisma.category.findUnique({ where: { id: categoryId } });
  if (category.guildId !== guildId) return null;
  return original;
}

// The category's test against a guild the if's own test rewrites.
export async function guildRewritten(guildId: string, categoryId: number, questionId: string, other: string) {
  const original = await prisma.question.findUnique({ where: { id: questionId } }); // want "findUnique on tenant-scoped \"Question\" does not filter by the tenant"
  const category = await prisma.category.findUnique({ where: { id: categoryId } }); // want "findUnique on tenant-scoped \"Category\" does not filter by the tenant"
  if (original?.categoryId !== categoryId || ((guildId = other), false) || category.guildId !== guildId) return null;
  return original;
}

// Twin: the negated && leaves on either mismatch: quiet.
export async function negatedAnd(guildId: string, categoryId: number, questionId: string) {
  const original = await prisma.question.findUnique({ where: { id: questionId } });
  const category = await prisma.category.findUnique({ where: { id: categoryId } });
  if (original?.categoryId !== categoryId || category.guildId !== guildId) return null;
  return original;
}

// The plain comparison with a tenant the test rewrites.
export async function plainGuildRewritten(guildId: string, categoryId: number, other: string) {
  const category = await prisma.category.findUnique({ where: { id: categoryId } }); // want "findUnique on tenant-scoped \"Category\" does not filter by the tenant"
  if (((guildId = other), false) || category.guildId !== guildId) return null;
  return category;
}

export async function plainGuildRewrittenBefore(guildId: string, categoryId: number, other: string) {
  const category = await prisma.category.findUnique({ where: { id: categoryId } }); // want "findUnique on tenant-scoped \"Category\" does not filter by the tenant"
  guildId = other;
  if (category.guildId !== guildId) return null;
  return category;
}

// Twins: a tenant parameter never given another value, and another name
// given a value beside it: quiet.
export async function plainGuildKept(guildId: string, categoryId: number, other: string) {
  let note = other;
  note = note.trim();
  const category = await prisma.category.findUnique({ where: { id: categoryId } });
  if (category.guildId !== guildId) return null;
  return { category, note };
}

// The tenant name given another value by destructuring or a bare for-of.
export async function guildDestructured(guildId: string, categoryId: number, others: string[]) {
  const category = await prisma.category.findUnique({ where: { id: categoryId } }); // want "findUnique on tenant-scoped \"Category\" does not filter by the tenant"
  [guildId] = others;
  if (category.guildId !== guildId) return null;
  return category;
}

export async function guildObjectDestructured(guildId: string, categoryId: number, body: { guildId: string }) {
  const category = await prisma.category.findUnique({ where: { id: categoryId } }); // want "findUnique on tenant-scoped \"Category\" does not filter by the tenant"
  ({ guildId } = body);
  if (category.guildId !== guildId) return null;
  return category;
}

export async function guildForOf(guildId: string, categoryId: number, others: string[]) {
  const category = await prisma.category.findUnique({ where: { id: categoryId } }); // want "findUnique on tenant-scoped \"Category\" does not filter by the tenant"
  for (guildId of others) break;
  if (category.guildId !== guildId) return null;
  return category;
}

// The tenant name given the guild of a row anyone's id finds: the rule
// takes a caller's value as the tenant, but never a row's field read
// without the tenant, which the name then holds.
export async function guildFromAnyRow(guildId: string, categoryId: number, otherId: number) {
  const any = await prisma.category.findUnique({ where: { id: otherId } }); // want "findUnique on tenant-scoped \"Category\" does not filter by the tenant"
  const category = await prisma.category.findUnique({ where: { id: categoryId } }); // want "findUnique on tenant-scoped \"Category\" does not filter by the tenant"
  guildId = any.guildId;
  if (category.guildId !== guildId) return null;
  return category;
}
