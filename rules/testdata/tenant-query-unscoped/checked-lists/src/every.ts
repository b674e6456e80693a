import { db } from "./db";
import { teamWhere } from "./where";

type GroupInput = { organisationGroupId: string; role: string };

// Each input group is first checked to be a group of the organisation of
// a team found with the tenant, loaded with that team (documenso's team
// groups): a request naming another organisation's group is refused
// before any is written.
export async function addGroups(organisationId: string, teamId: string, groups: GroupInput[]) {
  const team = await db.team.findFirst({
    where: { id: teamId, organisationId },
    include: { organisation: { include: { groups: true } } },
  });
  if (!team) {
    throw new Error("not found");
  }
  const isValid = groups.every((group) => {
    const organisationGroup = team.organisation.groups.find(({ id }) => id === group.organisationGroupId);
    if (!organisationGroup?.type || organisationGroup.type === "hidden") {
      return false;
    }
    return group.role !== "owner";
  });
  if (!isValid) {
    throw new Error("invalid groups");
  }
  const kept = groups.filter((group) => group.role !== "none");
  await db.teamGroup.createMany({
    data: kept.map((group) => ({ teamId: team.id, organisationGroupId: group.organisationGroupId, role: group.role })),
  });
  if (!groups.every((g) => team.organisation.groups.some((og) => og.id === g.organisationGroupId))) {
    return;
  }
  for (const g of groups) {
    await db.teamGroup.create({ data: { teamId: team.id, organisationGroupId: g.organisationGroupId, role: g.role } });
  }
}

// Groups found with the tenant, the input checked against them.
export async function addListed(organisationId: string, teamId: string, groups: GroupInput[]) {
  const known = await db.organisationGroup.findMany({ where: { organisationId } });
  if (!groups.every((g) => known.some((k) => g.organisationGroupId === k.id))) {
    throw new Error("invalid groups");
  }
  await db.teamGroup.createMany({
    data: groups.map((g) => ({ teamId, organisationGroupId: g.organisationGroupId, role: g.role })), // want "links a \"Team\" by \"teamId\" alone"
  });
}

// Some group, not every one, is checked.
export async function addSome(organisationId: string, teamId: string, groups: GroupInput[]) {
  const team = await db.team.findFirst({
    where: { id: teamId, organisationId },
    include: { organisation: { include: { groups: true } } },
  });
  if (!team) {
    throw new Error("not found");
  }
  if (!groups.some((g) => team.organisation.groups.some((og) => og.id === g.organisationGroupId))) {
    throw new Error("invalid groups");
  }
  await db.teamGroup.createMany({
    data: groups.map((g) => ({ teamId: team.id, organisationGroupId: g.organisationGroupId, role: g.role })), // want "links a \"OrganisationGroup\" by \"organisationGroupId\" alone"
  });
}

// The team is found by its id alone: its organisation's groups may be any
// organisation's.
export async function addUncheckedTeam(teamId: string, groups: GroupInput[]) {
  const team = await db.team.findFirst({ // want "findFirst on tenant-scoped \"Team\" does not filter by the tenant"
    where: { id: teamId },
    include: { organisation: { include: { groups: true } } },
  });
  if (!team) {
    throw new Error("not found");
  }
  if (!groups.every((g) => team.organisation.groups.some((og) => og.id === g.organisationGroupId))) {
    throw new Error("invalid groups");
  }
  await db.teamGroup.createMany({
    data: groups.map((g) => ({ teamId: team.id, organisationGroupId: g.organisationGroupId, role: g.role })), // want "links a \"Team\" by \"teamId\" alone" "links a \"OrganisationGroup\" by \"organisationGroupId\" alone"
  });
}

// Another list than the checked one is written.
export async function addOtherList(organisationId: string, teamId: string, groups: GroupInput[], extra: GroupInput[]) {
  const team = await db.team.findFirst({
    where: { id: teamId, organisationId },
    include: { organisation: { include: { groups: true } } },
  });
  if (!team) {
    throw new Error("not found");
  }
  if (!groups.every((g) => team.organisation.groups.some((og) => og.id === g.organisationGroupId))) {
    throw new Error("invalid groups");
  }
  await db.teamGroup.createMany({
    data: extra.map((g) => ({ teamId: team.id, organisationGroupId: g.organisationGroupId, role: g.role })), // want "links a \"OrganisationGroup\" by \"organisationGroupId\" alone"
  });
}

// The check comes after the write.
export async function addCheckedAfter(organisationId: string, teamId: string, groups: GroupInput[]) {
  const team = await db.team.findFirst({
    where: { id: teamId, organisationId },
    include: { organisation: { include: { groups: true } } },
  });
  if (!team) {
    throw new Error("not found");
  }
  await db.teamGroup.createMany({
    data: groups.map((g) => ({ teamId: team.id, organisationGroupId: g.organisationGroupId, role: g.role })), // want "links a \"OrganisationGroup\" by \"organisationGroupId\" alone"
  });
  if (!groups.every((g) => team.organisation.groups.some((og) => og.id === g.organisationGroupId))) {
    throw new Error("invalid groups");
  }
}

// The check's result is not acted on, and a callback that lets a group
// no row matched through.
export async function addIgnored(organisationId: string, teamId: string, groups: GroupInput[]) {
  const team = await db.team.findFirst({
    where: { id: teamId, organisationId },
    include: { organisation: { include: { groups: true } } },
  });
  if (!team) {
    throw new Error("not found");
  }
  const isValid = groups.every((g) => team.organisation.groups.some((og) => og.id === g.organisationGroupId));
  console.log(isValid);
  await db.teamGroup.createMany({
    data: groups.map((g) => ({ teamId: team.id, organisationGroupId: g.organisationGroupId, role: g.role })), // want "links a \"OrganisationGroup\" by \"organisationGroupId\" alone"
  });
  const allowed = groups.every((group) => {
    const organisationGroup = team.organisation.groups.find(({ id }) => id === group.organisationGroupId);
    if (organisationGroup?.type === "hidden") {
      return false;
    }
    return true;
  });
  if (!allowed) {
    throw new Error("invalid groups");
  }
  await db.teamGroup.createMany({
    data: groups.map((g) => ({ teamId: team.id, organisationGroupId: g.organisationGroupId, role: g.role })), // want "links a \"OrganisationGroup\" by \"organisationGroupId\" alone"
  });
}

// A group pushed after the check, or its key changed.
export async function addChanged(organisationId: string, teamId: string, groups: GroupInput[], other: GroupInput) {
  const team = await db.team.findFirst({
    where: { id: teamId, organisationId },
    include: { organisation: { include: { groups: true } } },
  });
  if (!team) {
    throw new Error("not found");
  }
  if (!groups.every((g) => team.organisation.groups.some((og) => og.id === g.organisationGroupId))) {
    throw new Error("invalid groups");
  }
  groups.push(other);
  await db.teamGroup.createMany({
    data: groups.map((g) => ({ teamId: team.id, organisationGroupId: g.organisationGroupId, role: g.role })), // want "links a \"OrganisationGroup\" by \"organisationGroupId\" alone"
  });
}

export async function addRekeyed(organisationId: string, teamId: string, groups: GroupInput[], otherId: string) {
  const team = await db.team.findFirst({
    where: { id: teamId, organisationId },
    include: { organisation: { include: { groups: true } } },
  });
  if (!team) {
    throw new Error("not found");
  }
  if (!groups.every((g) => team.organisation.groups.some((og) => og.id === g.organisationGroupId))) {
    throw new Error("invalid groups");
  }
  groups[0].organisationGroupId = otherId;
  await db.teamGroup.createMany({
    data: groups.map((g) => ({ teamId: team.id, organisationGroupId: g.organisationGroupId, role: g.role })), // want "links a \"OrganisationGroup\" by \"organisationGroupId\" alone"
  });
}

// The team is found by a where built in another file: the groups are as
// much the tenant's as the team is, which is for a human to judge.
export async function addSeenElsewhere(teamId: string, userId: string, groups: GroupInput[]) {
  const team = await db.team.findFirst({ // want "cannot see the where of findFirst on tenant-scoped \"Team\""
    where: teamWhere({ teamId, userId }),
    include: { organisation: { include: { groups: true } } },
  });
  if (!team) {
    throw new Error("not found");
  }
  if (!groups.every((g) => team.organisation.groups.some((og) => og.id === g.organisationGroupId))) {
    throw new Error("invalid groups");
  }
  await db.teamGroup.createMany({
    data: groups.map((g) => ({ organisationGroupId: g.organisationGroupId, teamId, role: g.role })), // want "cannot see whether \"team\", whose id createMany on \"TeamGroup\" links by \"organisationGroupId\"" "links a \"Team\" by \"teamId\" alone"
  });
}

// The check runs in a branch the write does not wait for.
export async function addBranchChecked(organisationId: string, teamId: string, groups: GroupInput[], strict: boolean) {
  const team = await db.team.findFirst({
    where: { id: teamId, organisationId },
    include: { organisation: { include: { groups: true } } },
  });
  if (!team) {
    throw new Error("not found");
  }
  if (strict) {
    if (!groups.every((g) => team.organisation.groups.some((og) => og.id === g.organisationGroupId))) {
      throw new Error("invalid groups");
    }
  }
  await db.teamGroup.createMany({
    data: groups.map((g) => ({ teamId: team.id, organisationGroupId: g.organisationGroupId, role: g.role })), // want "links a \"OrganisationGroup\" by \"organisationGroupId\" alone"
  });
}

// The team replaced by one found without the tenant before the check.
export async function addReplacedTeam(organisationId: string, teamId: string, otherId: string, groups: GroupInput[]) {
  let team = await db.team.findFirst({
    where: { id: teamId, organisationId },
    include: { organisation: { include: { groups: true } } },
  });
  team = await db.team.findFirst({ where: { id: otherId }, include: { organisation: { include: { groups: true } } } }); // want "findFirst on tenant-scoped \"Team\" does not filter by the tenant"
  if (!team) {
    throw new Error("not found");
  }
  if (!groups.every((g) => team.organisation.groups.some((og) => og.id === g.organisationGroupId))) {
    throw new Error("invalid groups");
  }
  await db.teamGroup.createMany({
    data: groups.map((g) => ({ organisationGroupId: g.organisationGroupId, role: g.role, teamId })), // want "links a \"OrganisationGroup\" by \"organisationGroupId\" alone" "links a \"Team\" by \"teamId\" alone"
  });
}
