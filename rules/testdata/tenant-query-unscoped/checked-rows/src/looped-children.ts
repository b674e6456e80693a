declare const prisma: any;
declare function parseTeam(team: any): any;

// The children included with the tenant's own row, looped over where they
// are read, or under a name an object literal gives them (langfuse's spend
// alert job: `{ ...parseDbOrg(orgData), spendAlerts: orgData.cloudSpendAlerts }`).
export async function resetDocuments(teamId: string) {
  const team = await prisma.team.findFirst({ where: { id: teamId }, include: { documents: true } });
  if (!team) return;
  for (const doc of team.documents) {
    await prisma.document.update({ where: { id: doc.id }, data: { sheet: false } });
  }
  await Promise.all(team.documents.map((doc: any) => prisma.document.delete({ where: { id: doc.id } })));
  const parsed = { ...parseTeam(team), docs: team.documents };
  for (const doc of parsed.docs) {
    await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } });
  }
}

// A team found by something else than its id is anyone's team.
export async function resetNamed(name: string) {
  const team = await prisma.team.findFirst({ where: { name }, include: { documents: true } }); // want "findFirst on tenant \"Team\" includes its \"documents\" of whichever team it finds"
  if (!team) return;
  for (const doc of team.documents) {
    await prisma.document.update({ where: { id: doc.id }, data: { sheet: false } }); // want "update on tenant-scoped \"Document\" does not filter"
  }
}

// A spread after the entry may replace it, and so may an assignment or
// Object.assign.
export async function resetReplaced(teamId: string, other: any) {
  const team = await prisma.team.findFirst({ where: { id: teamId }, include: { documents: true } });
  if (!team) return;
  const parsed = { docs: team.documents, ...other };
  for (const doc of parsed.docs) {
    await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter"
  }
  const merged = { ...other, docs: team.documents };
  Object.assign(merged, other);
  for (const doc of merged.docs) {
    await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter"
  }
  const again = { ...parseTeam(team), docs: team.documents };
  again.docs = other.docs;
  for (const doc of again.docs) {
    await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter"
  }
  const cast = { ...parseTeam(team), docs: team.documents };
  (cast as any).docs = other.docs;
  for (const doc of cast.docs) {
    await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter"
  }
}

// A list that is not a row's children: the request's.
export async function resetGiven(teamId: string, input: { documents: { id: string }[] }) {
  for (const doc of input.documents) {
    await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter"
  }
}

// The children grown before the loop, under their own name or another,
// the object renaming them given another name, or the owner's field
// redefined: the loop may meet another team's document.
export async function resetGrown(teamId: string, other: any) {
  const team = await prisma.team.findFirst({ where: { id: teamId }, include: { documents: true } });
  if (!team) return;
  team.documents.push(other);
  for (const doc of team.documents) {
    await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter"
  }
  const docs = team.documents;
  docs.push(other);
  for (const doc of team.documents) {
    await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter"
  }
  const parsed = { ...parseTeam(team), docs: team.documents };
  const alias = parsed;
  alias.docs = other.docs;
  for (const doc of parsed.docs) {
    await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter"
  }
}

export async function resetRedefined(teamId: string, other: any) {
  const team = await prisma.team.findFirst({ where: { id: teamId }, include: { documents: true } });
  if (!team) return;
  Object.defineProperty(team, "documents", { value: other });
  for (const doc of team.documents) {
    await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter"
  }
}
