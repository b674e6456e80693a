import { prisma } from "./db";
import { withEscapedShadow, withEscapedVar, withEscapedTxShadow, withEscapedEntry } from "./escapedwrappers";

// The callback's name bound again by an escaped spelling.
export async function addEscapedShadow(projectId: string, teamId: string) {
  const team = await withEscapedShadow({ prisma, teamId, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

export async function addEscapedVar(projectId: string, teamId: string) {
  const team = await withEscapedVar({ prisma, teamId, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

export async function addEscapedTxShadow(projectId: string) {
  const team = await withEscapedTxShadow({ prisma, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

// The entry read under an escaped spelling is still the callback.
export async function addEscapedEntry(projectId: string) {
  const team = await withEscapedEntry({ prisma, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } });
}
