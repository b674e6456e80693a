declare const prisma: any;
declare function collect(tags: any[]): void;

// A key picked from a list that only ever gets the tenant's rows, even
// from a recursive closure and with let, is the key of one of them
// (blinko's note tags); a create's link by undefined links nothing.
export async function linkTags(accountId: number, noteId: number, tree: any[], names: string[]) {
  const note = await prisma.note.findFirst({ where: { id: noteId, accountId } });
  let newTags: any[] = [];
  const addTags = async (tree: any[], parentTag: any) => {
    for (const i of tree) {
      let tag = await prisma.tag.findFirst({ where: { name: i.name, parent: parentTag?.id ?? 0, accountId } });
      if (!tag) {
        tag = await prisma.tag.create({ data: { name: i.name, parent: parentTag?.id ?? 0, accountId } });
      }
      if (i.children) {
        await addTags(i.children, tag);
      }
      newTags.push(tag);
    }
  };
  await addTags(tree, undefined);
  const wanted = newTags.map((t) => t.name);
  for (const name of names) {
    const tagId = newTags.find((t) => t.name == name)?.id;
    if (tagId && wanted.includes(name)) {
      await prisma.tagsToNote.create({ data: { noteId: note.id, tagId } });
    }
  }
}

export async function renameTag(accountId: number, name: string) {
  const tags: any[] = [];
  const created = await prisma.tag.create({ data: { name, parent: 0, accountId } });
  tags.push(created);
  const found = await prisma.tag.findFirst({ where: { name, accountId } });
  tags.push(found);
  const id = tags.find((t) => t.name == name)!.id;
  await prisma.tag.update({ where: { id }, data: { name: "x" } });
}

// Near misses: a row pushed from a lookup without the tenant; the list
// assigned again, handed on, or not empty at first; an element's key
// written; a picked key that may be undefined in a where that drops it.
export async function unprovenPush(accountId: number, name: string, noteId: number) {
  const note = await prisma.note.findFirst({ where: { id: noteId, accountId } });
  let tags: any[] = [];
  const tag = await prisma.tag.findFirst({ where: { name } }); // want "findFirst on tenant-scoped \"Tag\" does not filter by the tenant"
  tags.push(tag);
  const tagId = tags.find((t) => t.name == name)?.id;
  await prisma.tagsToNote.create({ data: { noteId: note.id, tagId } }); // want "create on \"TagsToNote\" links a \"Tag\" by \"tagId\" alone"
}

export async function listAssigned(accountId: number, name: string, noteId: number, other: any[]) {
  const note = await prisma.note.findFirst({ where: { id: noteId, accountId } });
  let tags: any[] = [];
  tags.push(await prisma.tag.findFirst({ where: { name, accountId } }));
  tags = other;
  const tagId = tags.find((t) => t.name == name)?.id;
  await prisma.tagsToNote.create({ data: { noteId: note.id, tagId } }); // want "create on \"TagsToNote\" links a \"Tag\" by \"tagId\" alone"
}

export async function listHanded(accountId: number, name: string, noteId: number) {
  const note = await prisma.note.findFirst({ where: { id: noteId, accountId } });
  const tags: any[] = [];
  const tag = await prisma.tag.findFirst({ where: { name, accountId } });
  tags.push(tag);
  collect(tags);
  const tagId = tags.find((t) => t.name == name)?.id;
  await prisma.tagsToNote.create({ data: { noteId: note.id, tagId } }); // want "create on \"TagsToNote\" links a \"Tag\" by \"tagId\" alone"
}

export async function listSeeded(accountId: number, name: string, noteId: number, given: any) {
  const note = await prisma.note.findFirst({ where: { id: noteId, accountId } });
  const tags: any[] = [given];
  const tag = await prisma.tag.findFirst({ where: { name, accountId } });
  tags.push(tag);
  const tagId = tags.find((t) => t.name == name)?.id;
  await prisma.tagsToNote.create({ data: { noteId: note.id, tagId } }); // want "create on \"TagsToNote\" links a \"Tag\" by \"tagId\" alone"
}

export async function keyWritten(accountId: number, name: string, other: number) {
  const tags: any[] = [];
  const tag = await prisma.tag.findFirst({ where: { name, accountId } });
  tags.push(tag);
  tags.forEach((t) => {
    t.id = other;
  });
  const tagId = tags.find((t) => t.name == name)!.id;
  await prisma.tag.update({ where: { id: tagId }, data: {} }); // want "update on tenant-scoped \"Tag\" does not filter by the tenant"
}

export async function maybeUndefined(accountId: number, name: string) {
  const tags: any[] = [];
  const tag = await prisma.tag.findFirst({ where: { name, accountId } });
  tags.push(tag);
  const tagId = tags.find((t) => t.name == name)?.id;
  await prisma.tagsToNote.deleteMany({ where: { tagId } }); // want "deleteMany on tenant-scoped \"TagsToNote\" does not filter by the tenant"
}

export async function pushedObject(accountId: number, name: string, noteId: number, other: number) {
  const note = await prisma.note.findFirst({ where: { id: noteId, accountId } });
  const tags: any[] = [];
  tags.push({ id: other, name });
  const tagId = tags.find((t) => t.name == name)?.id;
  await prisma.tagsToNote.create({ data: { noteId: note.id, tagId } }); // want "create on \"TagsToNote\" links a \"Tag\" by \"tagId\" alone"
}

// Near misses: the pushed row's key written through a bracket, a
// destructuring target, or Reflect.set after the push.
export async function keyBracketWritten(accountId: number, name: string, other: number) {
  const tags: any[] = [];
  const created = await prisma.tag.create({ data: { name, parent: 0, accountId } });
  tags.push(created);
  created["id"] = other;
  const id = tags.find((t) => t.name == name)!.id;
  await prisma.tag.update({ where: { id }, data: { name: "x" } }); // want "update on tenant-scoped \"Tag\" does not filter by the tenant"
}

export async function keyDestructured(accountId: number, name: string, other: number) {
  const tags: any[] = [];
  const created = await prisma.tag.create({ data: { name, parent: 0, accountId } });
  tags.push(created);
  ({ id: created.id } = { id: other });
  const id = tags.find((t) => t.name == name)!.id;
  await prisma.tag.update({ where: { id }, data: { name: "x" } }); // want "update on tenant-scoped \"Tag\" does not filter by the tenant"
}

export async function keyReflected(accountId: number, name: string, other: number) {
  const tags: any[] = [];
  const created = await prisma.tag.create({ data: { name, parent: 0, accountId } });
  tags.push(created);
  Reflect.set(created, "id", other);
  const id = tags.find((t) => t.name == name)!.id;
  await prisma.tag.update({ where: { id }, data: { name: "x" } }); // want "update on tenant-scoped \"Tag\" does not filter by the tenant"
}
