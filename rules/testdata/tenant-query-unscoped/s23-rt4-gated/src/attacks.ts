declare const prisma: any;
declare function send(x: unknown): boolean;

// The key compared with is given the other category's id after the
// category was looked up by the caller's own.
export async function keyRewrittenBetween(guildId: string, categoryId: number, questionId: string, body: any) {
  const original = await prisma.question.findUnique({ where: { id: questionId } }); // want "findUnique on tenant-scoped \"Question\" does not filter by the tenant"
  const category = await prisma.category.findUnique({ where: { id: categoryId } });
  categoryId = Number(body.other);
  if (original?.categoryId !== categoryId || category.guildId !== guildId) return null;
  return original;
}

// The key rewritten inside the test, after the question's comparison.
export async function keyRewrittenInTest(guildId: string, categoryId: number, questionId: string, other: number) {
  const original = await prisma.question.findUnique({ where: { id: questionId } }); // want "findUnique on tenant-scoped \"Question\" does not filter by the tenant"
  const category = await prisma.category.findUnique({ where: { id: categoryId } });
  if (original?.categoryId !== other || ((categoryId = other), false) || category.guildId !== guildId) return null;
  return original;
}

// A hoisted helper reads the question inside the test, before the
// category is proven.
export async function hoistedHelperInTest(guildId: string, categoryId: number, questionId: string) {
  const original = await prisma.question.findUnique({ where: { id: questionId } }); // want "findUnique on tenant-scoped \"Question\" does not filter by the tenant"
  const category = await prisma.category.findUnique({ where: { id: categoryId } });
  if (original?.categoryId !== categoryId || flush() || category.guildId !== guildId) return null;
  return original;
  function flush() {
    return send(original);
  }
}

// The category itself is the other guild's when the comparison is
// swallowed by a try.
export async function swallowedThrow(guildId: string, categoryId: number, questionId: string) {
  let out: any = null;
  try {
    const original = await prisma.question.findUnique({ where: { id: questionId } }); // want "findUnique on tenant-scoped \"Question\" does not filter by the tenant"
    const category = await prisma.category.findUnique({ where: { id: categoryId } });
    out = original;
    if (original?.categoryId !== categoryId || category.guildId !== guildId) throw new Error("no");
    return original;
  } catch {
    return out;
  }
}

// Key-gated: the row handed on in the test, after the falsy test.
export async function gatedSentInTest(req: any) {
  const guildId = req.params.guild;
  const questionId = req.params.question;
  const original = questionId && await prisma.question.findUnique({ where: { id: questionId }, include: { category: true } }); // want "findUnique on tenant-scoped \"Question\" does not filter by the tenant"
  if (!original || send(original) || original.category.guildId !== guildId) throw new Error("Bad Request");
  return original;
}

// Key-gated: the row read by a hoisted helper before the test.
export async function gatedHoisted(req: any) {
  const guildId = req.params.guild;
  const questionId = req.params.question;
  const original = questionId && await prisma.question.findUnique({ where: { id: questionId }, include: { category: true } }); // want "findUnique on tenant-scoped \"Question\" does not filter by the tenant"
  peek();
  if (!original || original.category.guildId !== guildId) throw new Error("Bad Request");
  return original;
  function peek() {
    send(original);
  }
}

// Twins that stay quiet: a call in the test to a helper that cannot read
// the question, and a helper that reads it called only after the test.
declare function audit(x: unknown): boolean;
export async function callInTestNoClosure(guildId: string, categoryId: number, questionId: string) {
  const original = await prisma.question.findUnique({ where: { id: questionId } });
  const category = await prisma.category.findUnique({ where: { id: categoryId } });
  if (original?.categoryId !== categoryId || audit(guildId) || category.guildId !== guildId) return null;
  return original;
}

export async function helperAfterTest(guildId: string, categoryId: number, questionId: string) {
  const original = await prisma.question.findUnique({ where: { id: questionId } });
  const category = await prisma.category.findUnique({ where: { id: categoryId } });
  if (original?.categoryId !== categoryId || category.guildId !== guildId) return null;
  return flush();
  function flush() {
    return send(original);
  }
}

// Key-gated: the gate leaves a labeled block by break, and the delete
// after the block runs for a mismatch too.
export async function gatedLabeledBreak(req: any) {
  const guildId = req.params.guild;
  const questionId = req.params.question;
  out: {
    const original = questionId && await prisma.question.findUnique({ where: { id: questionId }, include: { category: true } }); // want "findUnique on tenant-scoped \"Question\" does not filter by the tenant"
    if (!original || original.category.guildId !== guildId) break out;
  }
  await prisma.question.delete({ where: { id: questionId } }); // want "delete on tenant-scoped \"Question\" does not filter by the tenant"
}

// Key-gated: the gate in a switch case leaves by break, the delete after the switch.
export async function gatedSwitchBreak(req: any, mode: string) {
  const guildId = req.params.guild;
  const questionId = req.params.question;
  switch (mode) {
    case "a":
      const original = questionId && await prisma.question.findUnique({ where: { id: questionId }, include: { category: true } }); // want "findUnique on tenant-scoped \"Question\" does not filter by the tenant"
      if (!original || original.category.guildId !== guildId) break;
  }
  await prisma.question.delete({ where: { id: questionId } }); // want "delete on tenant-scoped \"Question\" does not filter by the tenant"
}

// Key-gated: the key is a string that the delete reads after it is
// given another value.
export async function gatedKeyRewritten(guildId: string, questionId: string, other: string) {
  const original = questionId && await prisma.question.findUnique({ where: { id: questionId }, include: { category: true } });
  if (!original || original.category.guildId !== guildId) throw new Error("Bad Request");
  questionId = other;
  await prisma.question.delete({ where: { id: questionId } }); // want "delete on tenant-scoped \"Question\" does not filter by the tenant"
}

// Key-gated twin: quiet.
export async function gatedQuiet(guildId: string, questionId: string) {
  const original = questionId && await prisma.question.findUnique({ where: { id: questionId }, include: { category: true } });
  if (!original || original.category.guildId !== guildId) throw new Error("Bad Request");
  await prisma.question.delete({ where: { id: questionId } });
}

// Key-gated: the gate compares with an optional guild, so an empty key
// passes it (`"".category` is undefined) and the delete runs by that key.
export async function gatedOptionalGuild(questionId: string, guildId?: string) {
  const original = questionId && await prisma.question.findUnique({ where: { id: questionId }, include: { category: true } }); // want "findUnique on tenant-scoped \"Question\" does not filter by the tenant"
  if (original.category !== guildId) throw new Error("Bad Request");
  await prisma.question.delete({ where: { id: questionId } }); // want "delete on tenant-scoped \"Question\" does not filter by the tenant"
}

export async function gatedOptionalGuildField(categoryId: number, guildId?: string) {
  const cat = categoryId && await prisma.category.findUnique({ where: { id: categoryId } }); // want "findUnique on tenant-scoped \"Category\" does not filter by the tenant"
  if (cat.guildId !== guildId) throw new Error("Bad Request");
  await prisma.category.delete({ where: { id: categoryId } }); // want "delete on tenant-scoped \"Category\" does not filter by the tenant"
}

// Twin: a required guild: quiet.
export async function gatedRequiredGuildField(categoryId: number, guildId: string) {
  const cat = categoryId && await prisma.category.findUnique({ where: { id: categoryId } });
  if (cat.guildId !== guildId) throw new Error("Bad Request");
  await prisma.category.delete({ where: { id: categoryId } });
}
