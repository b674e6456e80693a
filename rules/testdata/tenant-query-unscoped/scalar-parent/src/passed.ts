import { Bounty, Program } from "@prisma/client";
import { db } from "./db";

// The bounty handed down is the first of the program's own bounties, and
// the submission goes under that program (dub's program applications): it
// links a bounty of its own program. The program comes from the caller.
export async function submitFirst(programId: string) {
  const program = await db.program.findUniqueOrThrow({ where: { id: programId }, include: { bounties: true } }); // want "findUniqueOrThrow on tenant-scoped \"Program\""
  const bounty = program.bounties[0];
  await submitTo({ program, bounty });
  return submitTo({ bounty, program: program });
}

async function submitTo({ program, bounty }: { program: Program; bounty: Bounty }) {
  await db.submission.create({
    data: {
      programId: program.id, // want "create on \"Submission\" links a \"Program\" by \"programId\" alone"
      bountyId: bounty.id,
    },
  });
}

// One call hands down another program's bounty.
export async function submitMixed(programId: string, otherId: string) {
  const program = await db.program.findUniqueOrThrow({ where: { id: programId }, include: { bounties: true } }); // want "findUniqueOrThrow on tenant-scoped \"Program\""
  const other = await db.program.findUniqueOrThrow({ where: { id: otherId }, include: { bounties: true } }); // want "findUniqueOrThrow on tenant-scoped \"Program\""
  const bounty = program.bounties[0];
  const otherBounty = other.bounties[0];
  await submitMixedTo({ program, bounty });
  await submitMixedTo({ program, bounty: otherBounty });
}

async function submitMixedTo({ program, bounty }: { program: Program; bounty: Bounty }) {
  await db.submission.create({
    data: {
      programId: program.id, // want "links a \"Program\" by \"programId\" alone"
      bountyId: bounty.id, // want "create on \"Submission\" links a \"Bounty\" by \"bountyId\" alone"
    },
  });
}

// Exported, or read as a value: callers elsewhere may pass anything.
export async function submitExported({ program, bounty }: { program: Program; bounty: Bounty }) {
  await db.submission.create({
    data: {
      programId: program.id, // want "links a \"Program\" by \"programId\" alone"
      bountyId: bounty.id, // want "links a \"Bounty\" by \"bountyId\" alone"
    },
  });
}

export async function submitFirstExported(programId: string) {
  const program = await db.program.findUniqueOrThrow({ where: { id: programId }, include: { bounties: true } }); // want "findUniqueOrThrow on tenant-scoped \"Program\""
  const bounty = program.bounties[0];
  await submitExported({ program, bounty });
  await submitValue({ program, bounty });
  return [submitValue];
}

async function submitValue({ program, bounty }: { program: Program; bounty: Bounty }) {
  await db.submission.create({
    data: {
      programId: program.id, // want "links a \"Program\" by \"programId\" alone"
      bountyId: bounty.id, // want "links a \"Bounty\" by \"bountyId\" alone"
    },
  });
}

// A program the caller was given, not one a query returned: its bounties
// are whatever the object holds.
export async function submitGiven(program: Program & { bounties: Bounty[] }) {
  const bounty = program.bounties[0];
  await submitGivenTo({ program, bounty });
}

async function submitGivenTo({ program, bounty }: { program: Program; bounty: Bounty }) {
  await db.submission.create({
    data: {
      programId: program.id, // want "links a \"Program\" by \"programId\" alone"
      bountyId: bounty.id, // want "links a \"Bounty\" by \"bountyId\" alone"
    },
  });
}

// The bounty given another value in the function.
export async function submitSwapped(programId: string) {
  const program = await db.program.findUniqueOrThrow({ where: { id: programId }, include: { bounties: true } }); // want "findUniqueOrThrow on tenant-scoped \"Program\""
  const bounty = program.bounties[0];
  await submitSwappedTo({ program, bounty, other: bounty });
}

async function submitSwappedTo({ program, bounty, other }: { program: Program; bounty: Bounty; other: Bounty }) {
  bounty = other;
  await db.submission.create({
    data: {
      programId: program.id, // want "links a \"Program\" by \"programId\" alone"
      bountyId: bounty.id, // want "links a \"Bounty\" by \"bountyId\" alone"
    },
  });
}
