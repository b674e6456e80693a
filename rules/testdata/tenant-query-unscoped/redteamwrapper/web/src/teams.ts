import { prisma } from "./db";
import {
  withLimit,
  withLimitRenamed,
  withLimitTx,
  withImportedClient,
  withRetry,
  withCatchFound,
  withFinallyFound,
  withTernary,
  withRace,
  withWrapped,
  withRest,
  withArguments,
  withSecondCall,
} from "./wrappers";
import { Limits, overloaded, renamedLimit } from "./classes";

// The wrappers that give back the row the callback made: the link is of a
// new team.
export async function addPlain(projectId: string) {
  const team = await withLimit({ prisma, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } });
}

export async function addRenamed(projectId: string) {
  const team = await withLimitRenamed({ prisma, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } });
}

export async function addTx(projectId: string) {
  const team = await withLimitTx({ prisma, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } });
}

export async function addImportedClient(projectId: string) {
  const team = await withImportedClient({ create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } });
}

export async function addRetry(projectId: string) {
  const team = await withRetry({ prisma, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } });
}

export async function addStatic(projectId: string) {
  const team = await Limits.createWithin({ prisma, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } });
}

export async function addReexported(projectId: string) {
  const team = await renamedLimit({ prisma, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } });
}

// A path of the wrapper gives back another row than the callback's.
export async function addCatchFound(projectId: string) {
  const team = await withCatchFound({ prisma, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

export async function addFinallyFound(projectId: string, existing: any) {
  const team = await withFinallyFound({ prisma, existing, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

export async function addTernary(projectId: string, existing: any) {
  const team = await withTernary({ prisma, existing, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

export async function addRace(projectId: string, existing: any) {
  const team = await withRace({ prisma, existing, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

export async function addWrapped(projectId: string) {
  const team = await withWrapped({ prisma, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.row.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

export async function addRest(projectId: string) {
  const team = await withRest({ prisma, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

export async function addArguments(projectId: string) {
  const team = await withArguments({ prisma, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

export async function addSecondCall(projectId: string) {
  const team = await withSecondCall({ prisma, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

export async function addOverloaded(projectId: string, existing: any) {
  const team = await overloaded({ prisma, existing, create: (tx) => tx.team.create({ data: { projectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

// The callback's own shapes.
export async function addUpsert(projectId: string, teamId: string) {
  const team = await withLimit({ prisma, create: (tx) => tx.team.upsert({ where: { id: teamId }, create: { projectId }, update: {} }) }); // want "upsert on tenant-scoped \"Team\""
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

export async function addCreateMany(projectId: string) {
  const team = await withLimit({ prisma, create: (tx) => tx.team.createManyAndReturn({ data: [{ projectId }] }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

export async function addOtherModel(projectId: string) {
  const member = await withLimit({ prisma, create: (tx) => tx.project.create({ data: {} }) });
  await prisma.teamMember.create({ data: { projectId, teamId: member.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

// A getter, a method, a second spelling of the key in the call's object.
export async function addGetter(projectId: string) {
  const team = await withLimit({
    prisma,
    get create() {
      return (tx: any) => tx.team.create({ data: { projectId } });
    },
  });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

export async function addEscapedKey(projectId: string, teamId: string) {
  const team = await withLimit({ prisma, create: (tx) => tx.team.create({ data: { projectId } }), "cre\u0061te": async () => ({ id: teamId }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } }); // want "links a \"Team\" by \"teamId\" alone"
}

// The callback's create names another project: judged as a create's link
// is when the create is written out.
export async function addInputProject(projectId: string, otherProjectId: string) {
  const team = await withLimit({ prisma, create: (tx) => tx.team.create({ data: { projectId: otherProjectId } }) });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } });
}

export async function addInputProjectInline(projectId: string, otherProjectId: string) {
  const team = await prisma.team.create({ data: { projectId: otherProjectId } });
  await prisma.teamMember.create({ data: { projectId, teamId: team.id } });
}
