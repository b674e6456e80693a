import { prisma } from "./db";
import { withFakeClient, withFakeBound, withFakeTransaction, withOtherProject, withReplacedClient, withReplacedDelegate, withDefaultClient, withShadowedTx, withRenamedClient, withBareTx } from "./clientwrappers";
import { renamedFake } from "./reexports";

// The callback's create is handed something else than a client.
export async function addFakeClient(projectId: string, teamId: string) {
  const team = await withFakeClient({ teamId, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

export async function addFakeBound(projectId: string, teamId: string) {
  const team = await withFakeBound({ teamId, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

export async function addFakeTransaction(projectId: string, teamId: string) {
  const team = await withFakeTransaction({ teamId, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

export async function addOtherProject(projectId: string, otherProjectId: string) {
  const team = await withOtherProject({ otherProjectId, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

export async function addReplacedClient(projectId: string, teamId: string) {
  const team = await withReplacedClient({ prisma, teamId, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

export async function addRenamedFake(projectId: string, teamId: string) {
  const team = await renamedFake({ teamId, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

export async function addReplacedDelegate(projectId: string, teamId: string) {
  const team = await withReplacedDelegate({ prisma, teamId, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

export async function addDefaultClient(projectId: string) {
  const team = await withDefaultClient({ create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

export async function addShadowedTx(projectId: string, teamId: string) {
  const team = await withShadowedTx({ prisma, teamId, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

// The caller's client, handed on: a row the callback made.
export async function addRenamedClient(projectId: string) {
  const team = await withRenamedClient({ db: prisma, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } });
}

export async function addBareTx(projectId: string) {
  const team = await withBareTx({ prisma, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } });
}
