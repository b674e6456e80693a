declare const prisma: any;
declare function applyFilters(where: any, input: any): void;
declare function log(value: any): void;

// A const where is judged by its literal only while the function leaves
// the object as written: adding an entry narrows it, so does changing a
// plain field, and with the tenant field set any entry but those naming a
// row may change. Everything else makes it a where the rule cannot see.
export async function narrowed(teamId: string, input: any) {
  const where: any = { teamId };
  where.sheet = true;
  if (input.search) where.OR = [{ id: input.search }, ...(where.OR ?? [])];
  Object.assign(where, { sheet: false });
  if (where.teamId) log(`${where.sheet}`);
  await prisma.document.findMany({ where });
  await prisma.document.count({ where });

  const viaTeam: any = { team: { id: teamId }, sheet: false };
  viaTeam.sheet = input.sheet;
  await prisma.document.findMany({ where: viaTeam });

  const pinned: any = { teamId, versions: { some: {} } };
  pinned.versions = { none: {} };
  pinned.links.some = input.link;
  await prisma.document.findMany({ where: pinned });

  const args: any = { where: { teamId } };
  args.take = 10;
  await prisma.document.findMany(args);

  const shallow = { teamId, sheet: true };
  log({ ...shallow });
  await prisma.document.findMany({ where: shallow });

  const base = { teamId };
  let chosen: any = base;
  if (input.sheet) chosen = { ...base, sheet: true };
  await prisma.document.findMany({ where: base });
  await list(base);
}

function list(w: any) {
  return prisma.document.findMany({ where: w }); // want "cannot see the where of findMany on tenant-scoped \"Document\"; build it as a const object"
}

function strip(w: any) {
  delete w.teamId;
}

// The twins: each changes what the literal says about the tenant, or
// hands the object where it may be changed.
export async function changed(teamId: string, input: any, otherId: string) {
  const deleted: any = { teamId };
  if (input.all) delete deleted.teamId;
  await prisma.document.findMany({ where: deleted }); // want "cannot see the where of findMany on tenant-scoped \"Document\": \"deleted\" may change after it is built"

  const undone: any = { teamId };
  if (input.all) undone.teamId = undefined;
  await prisma.document.findMany({ where: undone }); // want "filters by a tenant value that may be undefined"

  const merged: any = { teamId };
  Object.assign(merged, input.filter);
  await prisma.document.findMany({ where: merged }); // want "\"merged\" may change after it is built"

  const overwritten: any = { teamId };
  // Assigned its tenant key, it is filled: the value is taken at its word,
  // as in a literal.
  Object.assign(overwritten, { teamId: input.teamId });
  await prisma.document.findMany({ where: overwritten });

  const args: any = { where: { teamId } };
  args.where = { id: input.id };
  await prisma.document.findMany(args); // want "\"args\" may change after it is built"

  const nested: any = { where: { teamId } };
  nested.where.teamId = undefined;
  await prisma.document.findMany(nested); // want "\"nested\" may change after it is built"

  const viaTeam: any = { team: { id: teamId } };
  viaTeam.team = input.team;
  await prisma.document.findMany({ where: viaTeam }); // want "\"viaTeam\" may change after it is built"

  const stripped: any = { teamId };
  strip(stripped);
  await prisma.document.findMany({ where: stripped }); // want "\"stripped\" may change after it is built"

  const handed: any = { teamId };
  applyFilters(handed, input);
  await prisma.document.findMany({ where: handed }); // want "\"handed\" may change after it is built"

  const aliased: any = { teamId };
  const alias = aliased;
  alias.teamId = input.teamId;
  await prisma.document.findMany({ where: aliased }); // want "\"aliased\" may change after it is built"

  const base: any = { teamId };
  let chosen: any = base;
  chosen.teamId = undefined;
  await prisma.document.findMany({ where: base }); // want "\"base\" may change after it is built"

  const teamFilter: any = { id: teamId };
  const deep: any = { team: teamFilter };
  log({ ...deep });
  await prisma.document.findMany({ where: deep }); // want "\"deep\" may change after it is built"

  const scope: any = { teamId };
  scope.teamId = undefined;
  await prisma.document.findMany({ where: { ...scope } }); // want "cannot see the where of findMany on tenant-scoped \"Document\"; build it as a const object"

  // The tenant set, a changed id no longer names what the lookup found.
  const lookup: any = { id: input.id, teamId };
  lookup.id = otherId;
  const doc = await prisma.document.findFirst({ where: lookup }); // filled: scoped by teamId
  if (!doc) throw new Error("not found");
  await prisma.document.update({ where: { id: input.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter"
}
