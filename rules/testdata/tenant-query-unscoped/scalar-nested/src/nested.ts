import { db } from "./db";

// A group the organisation's create included, linked by a row created
// inside the write of a member the outer data puts in that organisation
// (documenso's createOrganisation): the group is under the organisation
// the new rows are.
export async function createOrganisation(userId: string, id: string) {
  return await db.$transaction(async (tx) => {
    const organisation = await tx.organisation
      .create({ data: { id, groups: { create: [{ id: "a", role: "ADMIN" }] } }, include: { groups: true } })
      .catch((err) => {
        throw err;
      });
    const adminGroup = organisation.groups.find((group) => group.role === "ADMIN");
    if (!adminGroup) throw new Error("admin group not found");
    await tx.member.create({
      data: {
        id: "m",
        userId,
        organisationId: organisation.id,
        groupMembers: { create: { id: "gm", groupId: adminGroup.id } },
      },
    });
    return organisation;
  });
}

// The same through a scoped parent: a task the project's create included,
// linked from an assignment the outer data puts under that project.
export async function createProject(organisationId: string) {
  const project = await db.project.create({ data: { id: "p", organisationId, tasks: { create: [{ id: "t" }] } }, include: { tasks: true } });
  const first = project.tasks[0];
  await db.assignment.create({
    data: {
      id: "a",
      projectId: project.id,
      links: { create: [{ id: "l", taskId: first.id }] },
    },
  });
}

// The member is put in another organisation than the group's, the
// group is another organisation's, or the create did not include it.
export async function createElsewhere(userId: string, id: string, otherId: string, other: { groups: { id: string }[] }) {
  const organisation = await db.organisation.create({ data: { id }, include: { groups: true } });
  const adminGroup = organisation.groups.find((group) => group.role === "ADMIN");
  if (!adminGroup) throw new Error("admin group not found");
  await db.member.create({
    data: {
      id: "m",
      userId,
      organisationId: otherId,
      groupMembers: { create: { id: "gm", groupId: adminGroup.id } }, // want "create on \"Member\" links a \"Group\" by \"groupId\" alone"
    },
  });
  const otherGroup = other.groups.find((group) => group.id !== "");
  if (!otherGroup) throw new Error("group not found");
  await db.member.create({
    data: {
      id: "n",
      userId,
      organisationId: organisation.id,
      groupMembers: { create: { id: "gn", groupId: otherGroup.id } }, // want "create on \"Member\" links a \"Group\" by \"groupId\" alone"
    },
  });
  const bare = await db.organisation.create({ data: { id } });
  const bareGroup = (bare as unknown as { groups: { id: string }[] }).groups[0];
  await db.member.create({
    data: {
      id: "o",
      userId,
      organisationId: bare.id,
      groupMembers: { create: { id: "go", groupId: bareGroup.id } }, // want "create on \"Member\" links a \"Group\" by \"groupId\" alone"
    },
  });
}

// A catch that may give another row; a spread that may replace the
// member's organisation; the group's name given another value.
export async function createLoosely(userId: string, id: string, fallback: { id: string; groups: { id: string; role: string }[] }, rest: object) {
  const organisation = await db.organisation
    .create({ data: { id }, include: { groups: true } })
    .catch(() => fallback);
  const adminGroup = organisation.groups.find((group) => group.role === "ADMIN");
  if (!adminGroup) throw new Error("admin group not found");
  await db.member.create({
    data: {
      id: "m",
      userId,
      organisationId: organisation.id,
      groupMembers: { create: { id: "gm", groupId: adminGroup.id } }, // want "create on \"Member\" links a \"Group\" by \"groupId\" alone"
    },
  });
  const created = await db.organisation.create({ data: { id }, include: { groups: true } });
  let group = created.groups.find((g) => g.role === "ADMIN");
  if (!group) throw new Error("admin group not found");
  await db.member.create({
    data: {
      id: "n",
      userId,
      organisationId: created.id,
      ...rest, // want "cannot see what create on \"Member\" writes to \"organisationId\": a spread after it may replace it"
      groupMembers: { create: { id: "gn", groupId: group.id } }, // want "create on \"Member\" links a \"Group\" by \"groupId\" alone"
    },
  });
  group = fallback.groups[0];
  await db.member.create({
    data: {
      id: "o",
      userId,
      organisationId: created.id,
      groupMembers: { create: { id: "go", groupId: group.id } }, // want "create on \"Member\" links a \"Group\" by \"groupId\" alone"
    },
  });
}

// A callback's parameter hides the organisation the group came with.
export async function createForEach(userId: string, id: string, others: { id: string }[]) {
  const organisation = await db.organisation.create({ data: { id }, include: { groups: true } });
  const adminGroup = organisation.groups.find((group) => group.role === "ADMIN");
  if (!adminGroup) throw new Error("admin group not found");
  await Promise.all(
    others.map((organisation) =>
      db.member.create({
        data: {
          id: "m",
          userId,
          organisationId: organisation.id,
          groupMembers: { create: { id: "gm", groupId: adminGroup.id } }, // want "create on \"Member\" links a \"Group\" by \"groupId\" alone"
        },
      }),
    ),
  );
}

// A task of the project linked from an assignment under another project.
export async function assignElsewhere(organisationId: string, projectId: string) {
  const project = await db.project.create({ data: { id: "p", organisationId }, include: { tasks: true } });
  const first = project.tasks[0];
  await db.assignment.create({
    data: {
      id: "a",
      projectId, // want "create on \"Assignment\" links a \"Project\" by \"projectId\" alone"
      links: { create: [{ id: "l", taskId: first.id }] }, // want "create on \"Assignment\" links a \"Task\" by \"taskId\" alone"
    },
  });
}
