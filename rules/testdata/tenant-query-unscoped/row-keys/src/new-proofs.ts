declare const db: any;

// Each proof below matches a name by its text. Where an inner block, a
// loop or a callback binds that name again, or it is given another value
// after the proof's fact, the call uses a value nothing checked: every
// line here must stay reported.

// A loop over the project's rows, the row's name bound again in its body.
export async function loopRebound(tx: any, projectId: string, other: any) {
  for (const row of await tx.member.findMany({ where: { projectId } })) {
    {
      const row = other;
      await tx.member.update({ where: { id: row.id }, data: { role: "" } }); // want "update on tenant-scoped \"Member\" does not filter by the tenant"
    }
  }
  for (const c of await tx.content.findMany({ where: { projectId } })) {
    if (c) {
      const c = other;
      await tx.version.deleteMany({ where: { id: c.editedVersionId } }); // want "deleteMany on tenant-scoped \"Version\" does not filter by the tenant"
    }
  }
}

// A loop over the project's rows, its variable given another row.
export async function loopReassigned(tx: any, projectId: string, other: any) {
  for (let c of await tx.content.findMany({ where: { projectId } })) {
    c = other;
    await tx.version.deleteMany({ where: { id: c.editedVersionId } }); // want "deleteMany on tenant-scoped \"Version\" does not filter by the tenant"
  }
}

// A mapped const whose rows read a name the call's block binds again: the
// map read the outer, unproven key.
export async function mappedOuterKey(projectId: string, name: string, other: string) {
  const contentId = other;
  const versions = await db.version.findMany({ where: { content: { projectId } } });
  const rows = versions.map((v: any) => ({ contentId, publishedVersionId: v.id })); // want "createMany on \"Placement\" links a \"Content\" by \"contentId\" alone"
  {
    const content = await db.content.create({ data: { projectId, name } });
    const contentId = content.id;
    await db.placement.createMany({ data: rows });
  }
}

// A mapped const of the name bound again in a block.
export async function mappedRebound(projectId: string, name: string, given: any[]) {
  const content = await db.content.create({ data: { projectId, name } });
  const contentId = content.id;
  const versions = await db.version.findMany({ where: { content: { projectId } } });
  const rows = versions.map((v: any) => ({ contentId, publishedVersionId: v.id }));
  {
    const rows = given.map((publishedVersionId: string) => ({ contentId, publishedVersionId })); // want "createMany on \"Placement\" links a \"Version\" by \"publishedVersionId\" alone"
    await db.placement.createMany({ data: rows });
  }
  {
    const contentId = name;
    await db.placement.createMany({ data: versions.map((v: any) => ({ contentId, publishedVersionId: v.id })) }); // want "createMany on \"Placement\" links a \"Content\" by \"contentId\" alone"
  }
  [given].forEach(async (versions: any[]) => {
    await db.placement.createMany({ data: versions.map((v: any) => ({ contentId, publishedVersionId: v.id })) }); // want "createMany on \"Placement\" links a \"Version\" by \"publishedVersionId\" alone"
  });
}

// A transaction's created row, its name bound again in a block or given
// another row.
export async function transactionRebound(projectId: string, name: string, other: any) {
  const result = await db.$transaction(async (tx: any) => {
    return await tx.content.create({ data: { projectId, name } });
  });
  {
    const result = other;
    await db.content.update({ where: { id: result.id }, data: { name: "" } }); // want "update on tenant-scoped \"Content\" does not filter by the tenant"
  }
  [other].forEach(async (result) => {
    await db.content.delete({ where: { id: result.id } }); // want "delete on tenant-scoped \"Content\" does not filter by the tenant"
  });
  let made = await db.$transaction((tx: any) => tx.content.create({ data: { projectId, name } }));
  made = other;
  await db.content.delete({ where: { id: made.id } }); // want "delete on tenant-scoped \"Content\" does not filter by the tenant"
}

// The same proofs, the name bound again by a loop, a destructuring or a
// function expression's parameter.
export async function rowKeyLoops(tx: any, projectId: string, name: string, groups: any[]) {
  for (const row of await tx.member.findMany({ where: { projectId } })) {
    for (const { row } of groups) {
      await tx.member.update({ where: { id: row.id }, data: { role: "" } }); // want "update on tenant-scoped \"Member\" does not filter by the tenant"
    }
    groups.forEach(async function ({ row }) {
      await tx.member.update({ where: { id: row.id }, data: { role: "" } }); // want "update on tenant-scoped \"Member\" does not filter by the tenant"
    });
    await tx.member.update({ where: { id: row.id }, data: { role: "" } });
  }
  const result = await db.$transaction(async (tx: any) => {
    return await tx.content.create({ data: { projectId, name } });
  });
  for (const { result } of groups) {
    await db.content.delete({ where: { id: result.id } }); // want "delete on tenant-scoped \"Content\" does not filter by the tenant"
  }
  const content = await db.content.create({ data: { projectId, name } });
  const contentId = content.id;
  const versions = await db.version.findMany({ where: { content: { projectId } } });
  for (const { contentId } of groups) {
    await db.placement.createMany({ data: versions.map((v: any) => ({ contentId, publishedVersionId: v.id })) }); // want "links a \"Content\" by \"contentId\" alone"
  }
  groups.forEach(async function ({ versions }) {
    const rows = versions.map((v: any) => ({ contentId, publishedVersionId: v.id })); // want "links a \"Version\" by \"publishedVersionId\" alone"
    await db.placement.createMany({ data: rows });
  });
  await db.content.delete({ where: { id: result.id } });
}

// Keys mapped from contents found without the project, looked up in a
// block whose const of the list's name is the project's contents.
export async function mappedKeysRebound(projectId: string, name: string) {
  const contents = await db.content.findMany({ where: { name } }); // want "findMany on tenant-scoped \"Content\" does not filter by the tenant"
  const editedIds = new Set(contents.map((c: any) => c.editedVersionId));
  if (name) {
    const contents = await db.content.findMany({ where: { projectId } });
    await db.version.findMany({ where: { id: { in: [...editedIds] } } }); // want "findMany on tenant-scoped \"Version\" does not filter by the tenant"
    console.log(contents.length);
  }
}

// A key held under another name from a content found without the project,
// written in a block whose const of the content's name is a created one.
export async function aliasRebound(projectId: string, name: string, versionId: string) {
  const content = await db.content.findFirst({ where: { name } }); // want "findFirst on tenant-scoped \"Content\" does not filter by the tenant"
  const contentId = content.id;
  if (name) {
    const content = await db.content.create({ data: { projectId, name } });
    await db.placement.createMany({ data: [{ contentId, publishedVersionId: versionId }] }); // want "links a \"Content\" by \"contentId\" alone" "links a \"Version\" by \"publishedVersionId\" alone"
    console.log(content.id);
  }
}
