import { prisma } from "./db";

type Input = { id: string; organizationId: string; projectIds?: string[]; otherIds?: string[]; projects?: { id: string }[] };

// The ids the filter found are never tested.
export async function unchecked(input: Input, userId: string) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.projectIds) {
    const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    console.log(invalid);
  }
  if (input.projectIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
}

// Leaves only when more than one id is unknown: one foreign id passes.
export async function moreThanOne(input: Input, userId: string) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.projectIds) {
    const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length > 1) throw new Error("bad projects");
  }
  if (input.projectIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
}

// Leaves when every id is unknown, the wrong way round.
export async function inverted(input: Input, userId: string) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.projectIds) {
    const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length === 0) throw new Error("bad projects");
  }
  if (input.projectIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
}

// The test does not leave: the links are written either way.
export async function logged(input: Input, userId: string) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.projectIds) {
    const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length > 0) console.warn("bad projects");
  }
  if (input.projectIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
}

// The every check does not leave either.
export async function everyLogged(input: Input, userId: string) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.projectIds) {
    const allKnown = input.projectIds.every((id) => organization.projects.some((p) => p.id === id));
    if (!allKnown) console.warn("bad projects");
  }
  if (input.projectIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
}

// Searched in projects the caller sent.
export async function callersList(input: Input) {
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  const projects = input.projects ?? [];
  if (input.projectIds) {
    const invalid = input.projectIds.filter((projectId) => !projects.some((p) => p.id === projectId));
    if (invalid.length > 0) throw new Error("bad projects");
  }
  if (input.projectIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
}

// Searched in the projects of the organization of a token found by its
// id alone: any organization's projects.
export async function anyOrganization(input: Input, otherTokenId: string) {
  const other = await prisma.apiToken.findFirst({ where: { id: otherTokenId }, include: { organization: { include: { projects: true } } } }); // want "findFirst on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (!other) throw new Error("not found");
  const organization = other.organization;
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.projectIds) {
    const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length > 0) throw new Error("bad projects");
  }
  if (input.projectIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
}

// The projects compared by their name, not their id.
export async function byName(input: Input, userId: string) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.projectIds) {
    const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.name === projectId));
    if (invalid.length > 0) throw new Error("bad projects");
  }
  if (input.projectIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
}

// An id added after the check.
export async function pushed(input: Input, userId: string, extra: string) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.projectIds) {
    const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length > 0) throw new Error("bad projects");
  }
  input.projectIds!.push(extra);
  if (input.projectIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
}

// An id put in by splice after the check.
export async function spliced(input: Input, userId: string, extra: string) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.projectIds) {
    const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length > 0) throw new Error("bad projects");
  }
  if (input.projectIds) {
    input.projectIds.splice(0, 1, extra);
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
}

// Another list given between the tests: the second test sees it, and the
// first check may not have run at all.
export async function reassignedBetween(input: Input, userId: string) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.projectIds) {
    const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length > 0) throw new Error("bad projects");
  }
  input.projectIds = input.otherIds;
  if (input.projectIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
}

// A let list replaced before its check: the test ran on the first list.
export async function letReplaced(input: Input, userId: string) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  let ids = input.projectIds;
  if (ids) {
    ids = input.otherIds ?? [];
    const invalid = ids.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length > 0) throw new Error("bad projects");
  }
  if (ids) {
    await prisma.apiTokenProject.createMany({ data: ids.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
}

// The input handed on between the tests: the function may swap the list.
export async function handedOn(input: Input, userId: string, fix: (i: Input) => void) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.projectIds) {
    const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length > 0) throw new Error("bad projects");
  }
  fix(input);
  if (input.projectIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
}

// One list checked, another linked.
export async function otherList(input: Input, userId: string) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.projectIds) {
    const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length > 0) throw new Error("bad projects");
  }
  if (input.otherIds) {
    await prisma.apiTokenProject.createMany({ data: input.otherIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
}

// Checked under one test, linked under another: the check may not have
// run.
export async function otherTest(input: Input, userId: string) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.otherIds) {
    const invalid = input.projectIds!.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length > 0) throw new Error("bad projects");
  }
  if (input.otherIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds!.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
}

// Checked under a flag, linked whenever the list is there.
export async function flagged(input: Input, userId: string, strict: boolean) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (strict) {
    const invalid = (input.projectIds ?? []).filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length > 0) throw new Error("bad projects");
  }
  if (input.projectIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
}

// Checked when the list has elements, linked whenever it is there: the
// same list either way, so an empty one links nothing, but the rule asks
// for the same test.
export async function weakerTest(input: Input, userId: string) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.projectIds && input.projectIds.length > 1) {
    const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length > 0) throw new Error("bad projects");
  }
  if (input.projectIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
}

// Checked in the if branch, linked in its else.
export async function inElse(input: Input, userId: string, ids: string[]) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (ids.length) {
    const invalid = ids.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length > 0) throw new Error("bad projects");
  } else {
    await prisma.apiTokenProject.createMany({ data: ids.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
}

// Linked before the check.
export async function linkedFirst(input: Input, userId: string) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.projectIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
  if (input.projectIds) {
    const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length > 0) throw new Error("bad projects");
  }
}

// The exit is caught inside the first branch: the function goes on.
export async function caught(input: Input, userId: string) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.projectIds) {
    try {
      const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
      if (invalid.length > 0) throw new Error("bad projects");
    } catch {
      console.warn("bad projects");
    }
  }
  if (input.projectIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
}

// The second test is in a loop's body, not beside the first.
export async function inLoop(input: Input, userId: string, tokenIds: string[]) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.projectIds) {
    const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length > 0) throw new Error("bad projects");
  }
  for (const tokenId of tokenIds) {
    input.projectIds = input.otherIds;
    if (input.projectIds) {
      await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
    }
  }
}

// A list of the same name bound again in the second branch.
export async function shadowed(input: Input, userId: string, other: Input) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.projectIds) {
    const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length > 0) throw new Error("bad projects");
  }
  if (input.projectIds) {
    const input = other;
    await prisma.apiTokenProject.createMany({ data: (input.projectIds ?? []).map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
}

// An id added through an optional chain after a check of the whole list.
export async function pushedOptional(input: { id: string; organizationId: string; projectIds: string[] }, userId: string, extra: string) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
  if (invalid.length > 0) throw new Error("bad projects");
  input.projectIds?.push(extra);
  await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
}

// Ids added after the check through a cast and an assertion.
export async function castPush(input: { id: string; organizationId: string; projectIds: string[] }, userId: string, extra: string) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
  if (invalid.length > 0) throw new Error("bad projects");
  (input.projectIds as string[]).push(extra);
  input!.projectIds.push(extra);
  await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
}

// An id added through an assertion on the object holding the list.
export async function rootPush(input: { id: string; organizationId: string; projectIds: string[] }, userId: string, extra: string) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
  if (invalid.length > 0) throw new Error("bad projects");
  input!.projectIds.push(extra);
  await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
}

// The first branch checks another object's list under the same name.
export async function shadowedCheck(input: Input, userId: string, other: Input) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.projectIds) {
    const input = other;
    const invalid = (input.projectIds ?? []).filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length > 0) throw new Error("bad projects");
  }
  if (input.projectIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
}

// A function written before the check swaps the list when called between
// the tests.
export async function swappedByClosure(input: Input, userId: string) {
  const swap = () => {
    input.projectIds = input.otherIds;
  };
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.projectIds) {
    const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length > 0) throw new Error("bad projects");
  }
  swap();
  if (input.projectIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
}
