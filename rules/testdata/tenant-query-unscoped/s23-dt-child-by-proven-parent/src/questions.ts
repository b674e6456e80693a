declare const prisma: any;
declare function send(x: unknown): void;
declare function log(x: unknown): void;

// A question looked up by id, its categoryId compared with a category key
// whose category a second lookup, made after the first, proves the
// guild's, in the same test that leaves on either mismatch. Nothing reads
// the question before that test, so past it the question is the guild's.
export async function deleteQuestion(guildId: string, categoryId: number, questionId: string) {
  const original = await prisma.question.findUnique({ where: { id: questionId } });
  const category = await prisma.category.findUnique({ where: { id: categoryId } });
  if (original?.categoryId !== categoryId || category.guildId !== guildId) return null;
  return prisma.question.delete({ where: { id: questionId } });
}

// The shape of the application's route: both lookups gated by their keys.
export async function deleteQuestionRoute(req: any) {
  const guildId = req.params.guild;
  const categoryId = Number(req.params.category);
  const questionId = req.params.question;
  const original = questionId && await prisma.question.findUnique({ where: { id: questionId } });
  const category = categoryId && await prisma.category.findUnique({ where: { id: categoryId } });
  if (original?.categoryId !== categoryId || category.guildId !== guildId) throw new Error("Bad Request");
  const question = await prisma.question.delete({ where: { id: questionId } });
  return question;
}

// The category proven before the question's lookup: quiet already.
export async function readQuestionAfterCategory(guildId: string, categoryId: number, questionId: string) {
  const category = await prisma.category.findUnique({ where: { id: categoryId } });
  if (!category || category.guildId !== guildId) return null;
  const question = await prisma.question.findUnique({ where: { id: questionId } });
  if (!question || question.categoryId !== categoryId) return null;
  return question;
}

// Near misses, still reported.

// The question handed on inside the test, where its category matched but
// before the category was proven the guild's.
export async function deleteQuestionSentInTest(guildId: string, categoryId: number, questionId: string) {
  const original = await prisma.question.findUnique({ where: { id: questionId } }); // want "findUnique on tenant-scoped \"Question\" does not filter by the tenant"
  const category = await prisma.category.findUnique({ where: { id: categoryId } });
  if (original?.categoryId !== categoryId || send(original) || category.guildId !== guildId) return null;
  return original;
}

// The question sent between the two tests.
export async function readQuestionSentBetween(guildId: string, categoryId: number, questionId: string) {
  const original = await prisma.question.findUnique({ where: { id: questionId } }); // want "findUnique on tenant-scoped \"Question\" does not filter by the tenant"
  const category = await prisma.category.findUnique({ where: { id: categoryId } });
  if (original?.categoryId !== categoryId) return null;
  send(original);
  if (category.guildId !== guildId) return null;
  return original;
}

// The category's test does not leave.
export async function readQuestionLoggedCategory(guildId: string, categoryId: number, questionId: string) {
  const original = await prisma.question.findUnique({ where: { id: questionId } }); // want "findUnique on tenant-scoped \"Question\" does not filter by the tenant"
  const category = await prisma.category.findUnique({ where: { id: categoryId } }); // want "findUnique on tenant-scoped \"Category\" does not filter by the tenant"
  if (category.guildId !== guildId) log("other guild");
  if (original?.categoryId !== categoryId) return null;
  return original;
}

// The category proven is another key's.
export async function readQuestionOtherCategory(guildId: string, categoryId: number, otherId: number, questionId: string) {
  const original = await prisma.question.findUnique({ where: { id: questionId } }); // want "findUnique on tenant-scoped \"Question\" does not filter by the tenant"
  const category = await prisma.category.findUnique({ where: { id: otherId } });
  if (original?.categoryId !== categoryId || category.guildId !== guildId) return null;
  return original;
}

// The question read before its test.
export async function readQuestionSentFirst(guildId: string, categoryId: number, questionId: string) {
  const original = await prisma.question.findUnique({ where: { id: questionId } }); // want "findUnique on tenant-scoped \"Question\" does not filter by the tenant"
  send(original);
  const category = await prisma.category.findUnique({ where: { id: categoryId } });
  if (original?.categoryId !== categoryId || category.guildId !== guildId) return null;
  return original;
}

// Red team.

// `&&` leaves only when both differ: a question of another guild's
// category, with this guild's category key, passes.
export async function readQuestionBothDiffer(guildId: string, categoryId: number, questionId: string) {
  const original = await prisma.question.findUnique({ where: { id: questionId } }); // want "findUnique on tenant-scoped \"Question\" does not filter by the tenant"
  const category = await prisma.category.findUnique({ where: { id: categoryId } }); // want "findUnique on tenant-scoped \"Category\" does not filter by the tenant"
  if (original?.categoryId !== categoryId && category.guildId !== guildId) return null;
  return original;
}

// The two tests apart: the key is proven only at the second if, after the
// statement the question is judged at. Safe, but refused.
export async function readQuestionTwoTests(guildId: string, categoryId: number, questionId: string) {
  const original = await prisma.question.findUnique({ where: { id: questionId } }); // want "findUnique on tenant-scoped \"Question\" does not filter by the tenant"
  const category = await prisma.category.findUnique({ where: { id: categoryId } });
  if (original?.categoryId !== categoryId) return null;
  if (category.guildId !== guildId) return null;
  return original;
}

// The test's mismatch hands the question back.
export async function readQuestionReturnedOnMismatch(guildId: string, categoryId: number, questionId: string) {
  const original = await prisma.question.findUnique({ where: { id: questionId } }); // want "findUnique on tenant-scoped \"Question\" does not filter by the tenant"
  const category = await prisma.category.findUnique({ where: { id: categoryId } });
  if (original?.categoryId !== categoryId || category.guildId !== guildId) return original;
  return null;
}

// Nothing after the test to judge the key at.
export async function checkQuestion(guildId: string, categoryId: number, questionId: string) {
  const original = await prisma.question.findUnique({ where: { id: questionId } }); // want "findUnique on tenant-scoped \"Question\" does not filter by the tenant"
  const category = await prisma.category.findUnique({ where: { id: categoryId } });
  if (original?.categoryId !== categoryId || category.guildId !== guildId) throw new Error("Bad Request");
}
