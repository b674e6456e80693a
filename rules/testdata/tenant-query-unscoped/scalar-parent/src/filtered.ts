import { db } from "./db";

// Bounty ids from the body, kept to the ids of the program's own bounties
// (rallly's votes, kept to the poll's options): each submission links a
// bounty of the very program it is written under. The program itself
// comes from the caller.
export async function submitKnown(programId: string, input: { bountyId: string; note: string }[]) {
  const bounties = await db.bounty.findMany({ where: { programId }, select: { id: true } }); // want "findMany on tenant-scoped \"Bounty\""
  const known = new Set(bounties.map((b) => b.id));
  const valid = input.filter(({ bountyId }) => known.has(bountyId));
  await db.submission.createMany({
    data: valid.map(({ bountyId }) => ({
      programId, // want "createMany on \"Submission\" links a \"Program\" by \"programId\" alone"
      bountyId,
    })),
  });
  const kept = input.filter((s) => known.has(s.bountyId));
  await db.submission.createMany({
    data: kept.map((s) => ({
      programId, // want "links a \"Program\" by \"programId\" alone"
      bountyId: s.bountyId,
    })),
  });
}

// The bounties of another program: the submission's program is not theirs.
export async function submitOtherProgram(programId: string, otherProgramId: string, input: { bountyId: string }[]) {
  const bounties = await db.bounty.findMany({ where: { programId: otherProgramId } }); // want "findMany on tenant-scoped \"Bounty\""
  const known = new Set(bounties.map((b) => b.id));
  const valid = input.filter(({ bountyId }) => known.has(bountyId));
  await db.submission.createMany({
    data: valid.map(({ bountyId }) => ({
      programId, // want "links a \"Program\" by \"programId\" alone"
      bountyId, // want "createMany on \"Submission\" links a \"Bounty\" by \"bountyId\" alone"
    })),
  });
}

// The ids the filter drops, not those it keeps; a set of another field.
export async function submitUnknown(programId: string, input: { bountyId: string }[]) {
  const bounties = await db.bounty.findMany({ where: { programId } }); // want "findMany on tenant-scoped \"Bounty\""
  const known = new Set(bounties.map((b) => b.id));
  const unknown = input.filter(({ bountyId }) => !known.has(bountyId));
  await db.submission.createMany({
    data: unknown.map(({ bountyId }) => ({
      programId, // want "links a \"Program\" by \"programId\" alone"
      bountyId, // want "links a \"Bounty\" by \"bountyId\" alone"
    })),
  });
  const programs = new Set(bounties.map((b) => b.programId));
  const valid = input.filter(({ bountyId }) => programs.has(bountyId));
  await db.submission.createMany({
    data: valid.map(({ bountyId }) => ({
      programId, // want "links a \"Program\" by \"programId\" alone"
      bountyId, // want "links a \"Bounty\" by \"bountyId\" alone"
    })),
  });
}

// Entries added after the filter, or to the set, are not checked.
export async function submitGrown(programId: string, input: { bountyId: string }[], extra: { bountyId: string }) {
  const bounties = await db.bounty.findMany({ where: { programId } }); // want "findMany on tenant-scoped \"Bounty\""
  const known = new Set(bounties.map((b) => b.id));
  known.add(extra.bountyId);
  const valid = input.filter(({ bountyId }) => known.has(bountyId));
  await db.submission.createMany({
    data: valid.map(({ bountyId }) => ({
      programId, // want "links a \"Program\" by \"programId\" alone"
      bountyId, // want "links a \"Bounty\" by \"bountyId\" alone"
    })),
  });
  const bounties2 = await db.bounty.findMany({ where: { programId } }); // want "findMany on tenant-scoped \"Bounty\""
  const known2 = new Set(bounties2.map((b) => b.id));
  const valid2 = input.filter(({ bountyId }) => known2.has(bountyId));
  valid2.push(extra);
  await db.submission.createMany({
    data: valid2.map(({ bountyId }) => ({
      programId, // want "links a \"Program\" by \"programId\" alone"
      bountyId, // want "links a \"Bounty\" by \"bountyId\" alone"
    })),
  });
}

// The program read from each element, or changed after the lookup: the
// rows are written under another program than the bounties'.
export async function submitElementProgram(programId: string, input: { bountyId: string; programId: string }[], next: string) {
  const bounties = await db.bounty.findMany({ where: { programId } }); // want "findMany on tenant-scoped \"Bounty\""
  const known = new Set(bounties.map((b) => b.id));
  const valid = input.filter(({ bountyId }) => known.has(bountyId));
  await db.submission.createMany({
    data: valid.map(({ bountyId, programId }) => ({
      programId, // want "links a \"Program\" by \"programId\" alone"
      bountyId, // want "links a \"Bounty\" by \"bountyId\" alone"
    })),
  });
  programId = next;
  await db.submission.createMany({
    data: valid.map(({ bountyId }) => ({
      programId, // want "links a \"Program\" by \"programId\" alone"
      bountyId, // want "links a \"Bounty\" by \"bountyId\" alone"
    })),
  });
}
