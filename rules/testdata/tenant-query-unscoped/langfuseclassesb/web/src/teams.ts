import { prisma } from "./db";
import { createWithinLimit, createOrReuse, createLater, createShadowed, createDefaulted, createOrFallback } from "./limits";

// The wrapper gives back what the callback made: a new team.
export async function addTeam(projectId: string, userId: string) {
  const team = await createWithinLimit({
    prisma,
    projectId,
    create: (tx) => tx.team.create({ data: { projectId } }),
  });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } });
}

// A block callback that returns the create from its one return.
export async function addTeamBlock(projectId: string) {
  const team = await createWithinLimit({
    prisma,
    projectId,
    create: async (tx) => {
      return await tx.team.create({ data: { projectId } });
    },
  });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } });
}

export async function addReused(projectId: string) {
  const team = await createOrReuse({ prisma, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

export async function addLater(projectId: string) {
  const team = await createLater({ prisma, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

export async function addShadowed(projectId: string) {
  const team = await createShadowed({ prisma, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

export async function addDefaulted(projectId: string) {
  const team = await createDefaulted({ prisma, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

export async function addFallback(projectId: string) {
  const team = await createOrFallback({ prisma, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

// The callback finds a team rather than making one.
export async function addFound(projectId: string, teamId: string) {
  const team = await createWithinLimit({ prisma, projectId, create: (tx) => tx.team.findFirst({ where: { id: teamId } }) }); // want "findFirst on tenant-scoped \"Team\""
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

// A spread may give the wrapper another callback.
export async function addSpread(projectId: string, options: any) {
  const team = await createWithinLimit({ prisma, projectId, create: (tx) => tx.team.create({ data: { projectId } }), ...options });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

// A callback that may return nothing made: its block's other return.
export async function addMaybe(projectId: string, teamId: string) {
  const team = await createWithinLimit({
    prisma,
    projectId,
    create: async (tx) => {
      if (teamId) return tx.team.findFirst({ where: { id: teamId } }); // want "findFirst on tenant-scoped \"Team\""
      return tx.team.create({ data: { projectId } });
    },
  });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

// The row's key is written before the link.
export async function addRewritten(projectId: string, teamId: string) {
  const team = await createWithinLimit({ prisma, projectId, create: (tx) => tx.team.create({ data: { projectId } }) });
  team.id = teamId;
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}
