declare const prisma: any;

type Input = { organizationId: string; extensionId: string; projectIds: string[] };

// RT1: an alias of the request made before the lookup changes its list
// after the count.
export async function rt1(input: Input, other: Input) {
  const data = input;
  const projects = await prisma.project.findMany({ where: { id: { in: input.projectIds }, organizationId: input.organizationId } });
  if (projects.length !== input.projectIds.length) throw new Error("BAD_REQUEST");
  data.projectIds = other.projectIds;
  await prisma.projectExtension.deleteMany({ where: { projectId: { in: input.projectIds } } }); // want "deleteMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
}

// RT2: the list destructured before the lookup grows after the count.
export async function rt2(input: Input, extra: string) {
  const { projectIds } = input;
  const projects = await prisma.project.findMany({ where: { id: { in: input.projectIds }, organizationId: input.organizationId } });
  if (projects.length !== input.projectIds.length) throw new Error("BAD_REQUEST");
  projectIds.push(extra);
  await prisma.projectExtension.deleteMany({ where: { projectId: { in: input.projectIds } } }); // want "deleteMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
}

// RT3: a closure made before the lookup grows the list after the count.
export async function rt3(input: Input, extra: string) {
  const add = () => input.projectIds.push(extra);
  const projects = await prisma.project.findMany({ where: { id: { in: input.projectIds }, organizationId: input.organizationId } });
  if (projects.length !== input.projectIds.length) throw new Error("BAD_REQUEST");
  add();
  await prisma.projectExtension.deleteMany({ where: { projectId: { in: input.projectIds } } }); // want "deleteMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
}

// RT4: the list deleted after the count: `in: undefined` filters nothing.
export async function rt4(input: { organizationId: string; extensionId: string; projectIds?: string[] }) {
  const projects = await prisma.project.findMany({ where: { id: { in: input.projectIds }, organizationId: input.organizationId } });
  if (projects.length !== input.projectIds!.length) throw new Error("BAD_REQUEST");
  delete input.projectIds;
  await prisma.projectExtension.deleteMany({ where: { projectId: { in: input.projectIds }, extensionId: input.extensionId } }); // want "deleteMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
}

// RT5: the loop's own variable given another key.
export async function rt5(input: Input, other: string) {
  const projects = await prisma.project.findMany({ where: { id: { in: input.projectIds }, organizationId: input.organizationId } });
  if (projects.length !== input.projectIds.length) throw new Error("BAD_REQUEST");
  for (let projectId of input.projectIds) {
    projectId = other;
    await prisma.projectExtension.deleteMany({ where: { projectId } }); // want "deleteMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
  }
}

// RT6: the callback's parameter given another key.
export async function rt6(input: Input, other: string) {
  const projects = await prisma.project.findMany({ where: { id: { in: input.projectIds }, organizationId: input.organizationId } });
  if (projects.length !== input.projectIds.length) throw new Error("BAD_REQUEST");
  await Promise.all(
    input.projectIds.map((projectId) => {
      projectId = other;
      return prisma.projectExtension.deleteMany({ where: { projectId } }); // want "deleteMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
    }),
  );
}

// RT7: Object.assign replaces the list.
export async function rt7(input: Input, other: Input) {
  const projects = await prisma.project.findMany({ where: { id: { in: input.projectIds }, organizationId: input.organizationId } });
  if (projects.length !== input.projectIds.length) throw new Error("BAD_REQUEST");
  Object.assign(input, other);
  await prisma.projectExtension.deleteMany({ where: { projectId: { in: input.projectIds } } }); // want "deleteMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
}

// RT8: the list's object handed to a call that may change it.
export async function rt8(input: Input, fill: (i: Input) => void) {
  const projects = await prisma.project.findMany({ where: { id: { in: input.projectIds }, organizationId: input.organizationId } });
  if (projects.length !== input.projectIds.length) throw new Error("BAD_REQUEST");
  fill(input);
  for (const projectId of input.projectIds) await prisma.projectExtension.deleteMany({ where: { projectId } }); // want "deleteMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
}

// RT9: the list's object changed through a computed key.
export async function rt9(input: Input, other: Input, key: "projectIds") {
  const projects = await prisma.project.findMany({ where: { id: { in: input.projectIds }, organizationId: input.organizationId } });
  if (projects.length !== input.projectIds.length) throw new Error("BAD_REQUEST");
  input[key] = other.projectIds;
  await prisma.projectExtension.deleteMany({ where: { projectId: { in: input.projectIds } } }); // want "deleteMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
}

// RT10: the lookup counted against another list of the same length.
export async function rt10(input: Input, body: { projectIds: string[] }) {
  const projects = await prisma.project.findMany({ where: { id: { in: body.projectIds }, organizationId: input.organizationId } });
  if (projects.length !== body.projectIds.length) throw new Error("BAD_REQUEST");
  await prisma.projectExtension.deleteMany({ where: { projectId: { in: input.projectIds } } }); // want "deleteMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
}

// RT11: a list of the module's, which another request may replace while
// this one awaits.
const shared = { projectIds: [] as string[] };
export async function rt11(input: Input) {
  shared.projectIds = input.projectIds;
  const projects = await prisma.project.findMany({ where: { id: { in: shared.projectIds }, organizationId: input.organizationId } });
  if (projects.length !== shared.projectIds.length) throw new Error("BAD_REQUEST");
  await new Promise((r) => setTimeout(r, 10));
  await prisma.projectExtension.deleteMany({ where: { projectId: { in: shared.projectIds } } }); // want "deleteMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
  for (const projectId of shared.projectIds) await prisma.projectExtension.deleteMany({ where: { projectId } }); // want "deleteMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
}

const sharedIds: string[] = [];
export async function rt12(input: Input) {
  const projects = await prisma.project.findMany({ where: { id: { in: sharedIds }, organizationId: input.organizationId } });
  if (projects.length !== sharedIds.length) throw new Error("BAD_REQUEST");
  await prisma.projectExtension.deleteMany({ where: { projectId: { in: sharedIds } } }); // want "deleteMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
}

// RT13: each element's key replaced by Object.assign after the count.
export async function rt13(input: { organizationId: string; projects: { id: string }[] }, body: { id: string }) {
  const found = await prisma.project.findMany({ where: { id: { in: input.projects.map((p) => p.id) }, organizationId: input.organizationId } });
  if (found.length !== input.projects.length) throw new Error("BAD_REQUEST");
  for (const p of input.projects) {
    Object.assign(p, body);
    await prisma.projectExtension.deleteMany({ where: { projectId: p.id } }); // want "deleteMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
  }
}

// RT14: an element handed to a call that may change its key.
export async function rt14(input: { organizationId: string; projects: { id: string }[] }, fix: (p: { id: string }) => void) {
  const found = await prisma.project.findMany({ where: { id: { in: input.projects.map((p) => p.id) }, organizationId: input.organizationId } });
  if (found.length !== input.projects.length) throw new Error("BAD_REQUEST");
  for (const p of input.projects) {
    fix(p);
    await prisma.projectExtension.deleteMany({ where: { projectId: p.id } }); // want "deleteMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
  }
}

// RT15: the elements gathered into another list, handed to a call.
export async function rt15(input: { organizationId: string; projects: { id: string }[] }, fix: (ps: { id: string }[]) => void) {
  const found = await prisma.project.findMany({ where: { id: { in: input.projects.map((p) => p.id) }, organizationId: input.organizationId } });
  if (found.length !== input.projects.length) throw new Error("BAD_REQUEST");
  const all: { id: string }[] = [];
  input.projects.forEach((p) => all.push(p));
  fix(all);
  for (const p of input.projects) {
    await prisma.projectExtension.deleteMany({ where: { projectId: p.id } }); // want "deleteMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
  }
}

// Still proven: the elements only read.
export async function readOnly(input: { organizationId: string; projects: { id: string; name: string }[] }) {
  const found = await prisma.project.findMany({ where: { id: { in: input.projects.map((p) => p.id) }, organizationId: input.organizationId } });
  if (found.length !== input.projects.length) throw new Error("BAD_REQUEST");
  for (const p of input.projects) {
    console.log(p.name);
    await prisma.projectExtension.deleteMany({ where: { projectId: p.id } });
  }
}

// RT16: a function declaration is hoisted: it may run before the count.
export async function rt16(input: Input) {
  await clear();
  const projects = await prisma.project.findMany({ where: { id: { in: input.projectIds }, organizationId: input.organizationId } });
  if (projects.length !== input.projectIds.length) throw new Error("BAD_REQUEST");
  async function clear() {
    await prisma.projectExtension.deleteMany({ where: { projectId: { in: input.projectIds } } }); // want "deleteMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
    for (const projectId of input.projectIds) await prisma.projectExtension.deleteMany({ where: { projectId } }); // want "deleteMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
  }
}
