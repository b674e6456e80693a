import { db } from "./db";

// A bounty looked up by its id under a program already proven the
// tenant's, the function leaving when it is not found, then linked by
// that id (papermark's incoming webhook files a document into a dataroom
// folder checked under the dataroom).
export async function submitChecked(workspaceId: string, programId: string, bountyId?: string) {
  if (programId) {
    const program = await db.program.findUnique({ where: { id: programId, workspaceId } });
    if (!program) return;
  }
  if (programId) {
    if (bountyId) {
      const bounty = await db.bounty.findUnique({ where: { id: bountyId, programId } });
      if (!bounty) return;
    }
    await db.submission.create({ data: { programId, bountyId: bountyId || null } });
  }
}

export async function submitStraight(workspaceId: string, programId: string, bountyId: string) {
  const program = await db.program.findUniqueOrThrow({ where: { id: programId, workspaceId } });
  const bounty = await db.bounty.findFirst({ where: { id: bountyId, programId: program.id } });
  if (!bounty) throw new Error("not found");
  await db.submission.create({ data: { programId, bountyId } });
}

// The program was not proven, so neither is the bounty found under it.
export async function submitUnproven(workspaceId: string, programId: string, bountyId: string) {
  const bounty = await db.bounty.findUnique({ where: { id: bountyId, programId } }); // want "findUnique on tenant-scoped \"Bounty\""
  if (!bounty) return;
  await db.submission.create({
    data: {
      programId, // want "create on \"Submission\" links a \"Program\" by \"programId\" alone"
      bountyId, // want "create on \"Submission\" links a \"Bounty\" by \"bountyId\" alone"
    },
  });
}

// Nothing leaves when the bounty is missing, or the lookup and the write
// may not run together.
export async function submitUnfound(workspaceId: string, programId: string, bountyId?: string) {
  const program = await db.program.findUniqueOrThrow({ where: { id: programId, workspaceId } });
  const bounty = await db.bounty.findUnique({ where: { id: bountyId, programId: program.id } });
  console.log(bounty);
  await db.submission.create({ data: { programId, bountyId } }); // want "create on \"Submission\" links a \"Bounty\" by \"bountyId\" alone"
  if (programId === "") {
    const other = await db.bounty.findUnique({ where: { id: bountyId, programId: program.id } });
    if (!other) return;
  }
  await db.submission.create({ data: { programId, bountyId: bountyId || null } }); // want "create on \"Submission\" links a \"Bounty\" by \"bountyId\" alone"
}

// The lookup read another key, or the name was given another value.
export async function submitOtherKey(workspaceId: string, programId: string, bountyId: string, otherId: string) {
  const program = await db.program.findUniqueOrThrow({ where: { id: programId, workspaceId } });
  const bounty = await db.bounty.findFirst({ where: { id: otherId, programId: program.id } });
  if (!bounty) throw new Error("not found");
  await db.submission.create({ data: { programId, bountyId } }); // want "create on \"Submission\" links a \"Bounty\" by \"bountyId\" alone"
}

export async function submitReassigned(workspaceId: string, programId: string, bountyId: string, otherId: string) {
  const program = await db.program.findUniqueOrThrow({ where: { id: programId, workspaceId } });
  const bounty = await db.bounty.findFirst({ where: { id: bountyId, programId: program.id } });
  if (!bounty) throw new Error("not found");
  bountyId = otherId;
  await db.submission.create({ data: { programId, bountyId } }); // want "create on \"Submission\" links a \"Bounty\" by \"bountyId\" alone"
}

// A callback's parameter hides the name the lookup read.
export async function submitHidden(workspaceId: string, programId: string, bountyId: string, ids: string[]) {
  const program = await db.program.findUniqueOrThrow({ where: { id: programId, workspaceId } });
  const bounty = await db.bounty.findFirst({ where: { id: bountyId, programId: program.id } });
  if (!bounty) throw new Error("not found");
  await Promise.all(ids.map((bountyId) => db.submission.create({ data: { programId, bountyId } }))); // want "create on \"Submission\" links a \"Bounty\" by \"bountyId\" alone"
}

// The checked key rewritten through another name for its object.
export async function submitAliased(workspaceId: string, input: { programId: string; bountyId: string }, other: string) {
  const program = await db.program.findUniqueOrThrow({ where: { id: input.programId, workspaceId } });
  const bounty = await db.bounty.findFirst({ where: { id: input.bountyId, programId: program.id } });
  if (!bounty) throw new Error("not found");
  const alias = input;
  alias.bountyId = other;
  await db.submission.create({ data: { programId: program.id, bountyId: input.bountyId } }); // want "create on \"Submission\" links a \"Bounty\" by \"bountyId\" alone"
}
