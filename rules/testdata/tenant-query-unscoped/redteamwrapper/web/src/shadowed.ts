import { prisma } from "./db";
import { withLimit } from "./wrappers";

// The wrapper's name is bound again in the function: a local runs.
export async function addShadowedWrapper(projectId: string, teamId: string) {
  const withLimit = async (_options: any) => ({ id: teamId });
  const team = await withLimit({ prisma, create: (tx: any) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

// Another binding of the name in the file: which one a call runs is not
// decided, the import is not read.
export async function addImportedHere(projectId: string) {
  const team = await withLimit({ prisma, create: (tx: any) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}
