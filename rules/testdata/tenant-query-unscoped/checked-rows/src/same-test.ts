declare const prisma: any;
declare function normalize(input: any): void;

type Input = { id?: string; name: string };

// A lookup with the tenant under a test, an exit when the test holds and
// the row is missing, and a call under the same test: the call runs only
// when the lookup ran and found its row (langfuse's web callout endpoint).
export async function upsert({ teamId, input }: { teamId: string; input: Input }) {
  const existing = input.id
    ? await prisma.document.findFirst({ where: { id: input.id, teamId } })
    : await prisma.document.findFirst({ where: { teamId } });
  if (input.id && !existing) throw new Error("not found");
  const data = { sheet: input.name === "sheet" };
  return input.id
    ? await prisma.document.update({ where: { id: input.id }, data })
    : await prisma.document.create({ data: { ...data, teamId } });
}

// The row's test first, the call in an `if`, the test a const.
export async function upsertConst(teamId: string, body: Input) {
  const editing = body.id;
  const existing = editing
    ? await prisma.document.findFirst({ where: { id: editing, teamId } })
    : await prisma.document.findFirst({ where: { teamId } });
  if (!existing && editing) {
    return null;
  }
  if (editing) {
    await prisma.document.update({ where: { id: editing }, data: { sheet: true } });
  }
  return existing;
}

// The exit tests the row under another condition: a missing row passes
// when that condition is false.
export async function otherCondition({ teamId, input, strict }: { teamId: string; input: Input; strict: boolean }) {
  const existing = input.id
    ? await prisma.document.findFirst({ where: { id: input.id, teamId } })
    : await prisma.document.findFirst({ where: { teamId } });
  if (strict && !existing) throw new Error("not found");
  return input.id ? await prisma.document.update({ where: { id: input.id }, data: {} }) : null; // want "update on tenant-scoped \"Document\" does not filter"
}

// The exit tests the row and the test, and something else besides.
export async function narrowerExit({ teamId, input, strict }: { teamId: string; input: Input; strict: boolean }) {
  const existing = input.id
    ? await prisma.document.findFirst({ where: { id: input.id, teamId } })
    : await prisma.document.findFirst({ where: { teamId } });
  if (input.id && !existing && strict) throw new Error("not found");
  return input.id ? await prisma.document.update({ where: { id: input.id }, data: {} }) : null; // want "update on tenant-scoped \"Document\" does not filter"
}

// The call runs under another test than the lookup.
export async function otherTest({ teamId, input }: { teamId: string; input: Input }) {
  const existing = input.id
    ? await prisma.document.findFirst({ where: { id: input.id, teamId } })
    : await prisma.document.findFirst({ where: { teamId } });
  if (input.id && !existing) throw new Error("not found");
  return input.name ? await prisma.document.update({ where: { id: input.id }, data: {} }) : null; // want "update on tenant-scoped \"Document\" does not filter"
}

// The call is the ternary's alternative: it runs when the test is false.
export async function inAlternative({ teamId, input }: { teamId: string; input: Input }) {
  const existing = input.id
    ? await prisma.document.findFirst({ where: { id: input.id, teamId } })
    : await prisma.document.findFirst({ where: { teamId } });
  if (input.id && !existing) throw new Error("not found");
  return input.id ? null : await prisma.document.update({ where: { id: input.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// `||` in place of `&&` is not the exit the proof reads.
export async function either({ teamId, input }: { teamId: string; input: Input }) {
  const existing = input.id
    ? await prisma.document.findFirst({ where: { id: input.id, teamId } })
    : await prisma.document.findFirst({ where: { teamId } });
  if (input.id || !existing) throw new Error("not found");
  return input.id ? await prisma.document.update({ where: { id: input.id }, data: {} }) : null; // want "update on tenant-scoped \"Document\" does not filter"
}

// A let row given another value before the exit is not the lookup's row.
export async function reassigned({ teamId, input }: { teamId: string; input: Input }) {
  let existing = input.id
    ? await prisma.document.findFirst({ where: { id: input.id, teamId } })
    : await prisma.document.findFirst({ where: { teamId } });
  existing = existing ?? { id: "new" };
  if (input.id && !existing) throw new Error("not found");
  return input.id ? await prisma.document.update({ where: { id: input.id }, data: {} }) : null; // want "update on tenant-scoped \"Document\" does not filter"
}

// An exit that only logs lets the missing row through.
export async function logged({ teamId, input }: { teamId: string; input: Input }) {
  const existing = input.id
    ? await prisma.document.findFirst({ where: { id: input.id, teamId } })
    : await prisma.document.findFirst({ where: { teamId } });
  if (input.id && !existing) console.log("not found");
  return input.id ? await prisma.document.update({ where: { id: input.id }, data: {} }) : null; // want "update on tenant-scoped \"Document\" does not filter"
}

// The test's object is changed between the lookup and the call: by a
// write to its property, or handed whole to a function that may.
export async function idChanged({ teamId, input, next }: { teamId: string; input: Input; next: string }) {
  const existing = input.id
    ? await prisma.document.findFirst({ where: { id: input.id, teamId } })
    : await prisma.document.findFirst({ where: { teamId } });
  if (input.id && !existing) throw new Error("not found");
  input.id = next;
  return input.id ? await prisma.document.update({ where: { id: input.id }, data: {} }) : null; // want "update on tenant-scoped \"Document\" does not filter"
}

export async function handedOn({ teamId, input }: { teamId: string; input: Input }) {
  const existing = input.id
    ? await prisma.document.findFirst({ where: { id: input.id, teamId } })
    : await prisma.document.findFirst({ where: { teamId } });
  if (input.id && !existing) throw new Error("not found");
  normalize(input);
  return input.id ? await prisma.document.update({ where: { id: input.id }, data: {} }) : null; // want "update on tenant-scoped \"Document\" does not filter"
}

// A let test may change between the lookup and the call.
export async function letTest(teamId: string, body: Input, next: string) {
  let editing = body.id;
  const existing = editing
    ? await prisma.document.findFirst({ where: { id: editing, teamId } })
    : await prisma.document.findFirst({ where: { teamId } });
  if (editing && !existing) return null;
  editing = next;
  if (editing) {
    await prisma.document.update({ where: { id: editing }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter"
  }
  return existing;
}
