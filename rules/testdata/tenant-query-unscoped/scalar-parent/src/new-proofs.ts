import { Bounty, Program } from "@prisma/client";
import { db } from "./db";

// Each proof below matches a name by its text. Where an inner block, a
// loop or a callback binds that name again, or it is given another value
// after the proof's fact, the call uses a value nothing checked: every
// line here must stay reported.

// A batch's created bounty, its id given another value by a later element
// before the write's data is built.
export async function batchReassigned(program: Program, bountyId: string, otherId: string) {
  await db.$transaction([
    db.bounty.create({
      data: {
        id: bountyId,
        programId: program.id, // want "links a \"Program\" by \"programId\" alone"
      },
    }),
    db.bounty.update({ where: { id: (bountyId = otherId) }, data: {} }), // want "update on tenant-scoped \"Bounty\""
    db.submission.create({
      data: {
        programId: program.id, // want "links a \"Program\" by \"programId\" alone"
        bountyId, // want "links a \"Bounty\" by \"bountyId\" alone"
      },
    }),
  ]);
}

// The program's included bounty, then a const of the bounty's or of the
// program's name in a block.
export async function pinnedRebound(workspaceId: string, given: Bounty, other: Program) {
  const program = await db.program.create({ data: { workspaceId }, include: { bounties: true } });
  const bounty = program.bounties[0];
  {
    const bounty = given;
    await db.submission.create({ data: { programId: program.id, bountyId: bounty.id } }); // want "links a \"Bounty\" by \"bountyId\" alone"
  }
  {
    const program = other;
    await db.submission.create({
      data: {
        programId: program.id, // want "links a \"Program\" by \"programId\" alone"
        bountyId: bounty.id, // want "links a \"Bounty\" by \"bountyId\" alone"
      },
    });
  }
  [given].forEach(async (bounty) => {
    await db.submission.create({ data: { programId: program.id, bountyId: bounty.id } }); // want "links a \"Bounty\" by \"bountyId\" alone"
  });
  for (const b of program.bounties) {
    const program = other;
    await db.submission.create({
      data: {
        programId: program.id, // want "links a \"Program\" by \"programId\" alone"
        bountyId: b.id, // want "links a \"Bounty\" by \"bountyId\" alone"
      },
    });
  }
}

// The included bounty's program given another value after the create.
export async function pinnedReassigned(workspaceId: string, other: Program & { bounties: Bounty[] }) {
  let program = await db.program.create({ data: { workspaceId }, include: { bounties: true } });
  const bounty = program.bounties[0];
  program = other;
  await db.submission.create({
    data: {
      programId: program.id, // want "links a \"Program\" by \"programId\" alone"
      bountyId: bounty.id, // want "links a \"Bounty\" by \"bountyId\" alone"
    },
  });
}

// Ids kept to the program's own bounties, then a const of the kept list's
// or of the program's name in a block.
export async function filteredRebound(programId: string, otherProgramId: string, input: { bountyId: string }[]) {
  const bounties = await db.bounty.findMany({ where: { programId } }); // want "findMany on tenant-scoped \"Bounty\""
  const known = new Set(bounties.map((b) => b.id));
  const valid = input.filter(({ bountyId }) => known.has(bountyId));
  {
    const valid = input;
    await db.submission.createMany({
      data: valid.map(({ bountyId }) => ({
        programId, // want "links a \"Program\" by \"programId\" alone"
        bountyId, // want "links a \"Bounty\" by \"bountyId\" alone"
      })),
    });
  }
  {
    const programId = otherProgramId;
    await db.submission.createMany({
      data: valid.map(({ bountyId }) => ({
        programId, // want "links a \"Program\" by \"programId\" alone"
        bountyId, // want "links a \"Bounty\" by \"bountyId\" alone"
      })),
    });
  }
  {
    const known = new Set(input.map((s) => s.bountyId));
    const kept = input.filter((s) => known.has(s.bountyId));
    await db.submission.createMany({
      data: kept.map((s) => ({
        programId, // want "links a \"Program\" by \"programId\" alone"
        bountyId: s.bountyId, // want "links a \"Bounty\" by \"bountyId\" alone"
      })),
    });
  }
}

// The program's key given another value after the filter.
export async function filteredReassigned(programId: string, otherProgramId: string, input: { bountyId: string }[]) {
  const bounties = await db.bounty.findMany({ where: { programId } }); // want "findMany on tenant-scoped \"Bounty\""
  const known = new Set(bounties.map((b) => b.id));
  const valid = input.filter(({ bountyId }) => known.has(bountyId));
  programId = otherProgramId;
  await db.submission.createMany({
    data: valid.map(({ bountyId }) => ({
      programId, // want "links a \"Program\" by \"programId\" alone"
      bountyId, // want "links a \"Bounty\" by \"bountyId\" alone"
    })),
  });
}

// A child handed down beside its parent, where the caller's bounty is a
// const of the name in a block.
export async function passedRebound(programId: string, given: Bounty) {
  const program = await db.program.findUniqueOrThrow({ where: { id: programId }, include: { bounties: true } }); // want "findUniqueOrThrow on tenant-scoped \"Program\""
  const bounty = program.bounties[0];
  {
    const bounty = given;
    await submitReboundTo({ program, bounty });
  }
}

async function submitReboundTo({ program, bounty }: { program: Program; bounty: Bounty }) {
  await db.submission.create({
    data: {
      programId: program.id, // want "links a \"Program\" by \"programId\" alone"
      bountyId: bounty.id, // want "links a \"Bounty\" by \"bountyId\" alone"
    },
  });
}

// The caller's pair is right; the callee binds the bounty's name again.
export async function passedInnerRebound(programId: string, given: Bounty) {
  const program = await db.program.findUniqueOrThrow({ where: { id: programId }, include: { bounties: true } }); // want "findUniqueOrThrow on tenant-scoped \"Program\""
  const bounty = program.bounties[0];
  await submitInnerTo({ program, bounty }, given);
}

async function submitInnerTo({ program, bounty }: { program: Program; bounty: Bounty }, given: Bounty) {
  {
    const bounty = given;
    await db.submission.create({
      data: {
        programId: program.id, // want "links a \"Program\" by \"programId\" alone"
        bountyId: bounty.id, // want "links a \"Bounty\" by \"bountyId\" alone"
      },
    });
  }
  [given].forEach(async (bounty) => {
    await db.submission.create({
      data: {
        programId: program.id, // want "links a \"Program\" by \"programId\" alone"
        bountyId: bounty.id, // want "links a \"Bounty\" by \"bountyId\" alone"
      },
    });
  });
}

// The caller's program given another value before the hand-down.
export async function passedReassigned(programId: string, other: Program) {
  let program = await db.program.findUniqueOrThrow({ where: { id: programId }, include: { bounties: true } }); // want "findUniqueOrThrow on tenant-scoped \"Program\""
  const bounty = program.bounties[0];
  program = other as any;
  await submitSwapTo({ program, bounty });
}

async function submitSwapTo({ program, bounty }: { program: Program; bounty: Bounty }) {
  await db.submission.create({
    data: {
      programId: program.id, // want "links a \"Program\" by \"programId\" alone"
      bountyId: bounty.id, // want "links a \"Bounty\" by \"bountyId\" alone"
    },
  });
}

// A bounty of a program found by its id alone, linked in a block whose
// const of the program's name is the tenant's program: the bounty is a
// child of the first program, not of the one the write is under.
export async function pinnedParentRebound(workspaceId: string, anyId: string, ownId: string) {
  const program = await db.program.findUniqueOrThrow({ where: { id: anyId }, include: { bounties: true } }); // want "findUniqueOrThrow on tenant-scoped \"Program\""
  const bounty = program.bounties[0];
  for (const b of program.bounties) {
    const program = await db.program.findFirstOrThrow({ where: { id: ownId, workspaceId }, include: { bounties: true } });
    await db.submission.create({ data: { programId: program.id, bountyId: b.id } }); // want "links a \"Bounty\" by \"bountyId\" alone"
  }
  {
    const program = await db.program.findFirstOrThrow({ where: { id: ownId, workspaceId }, include: { bounties: true } });
    await db.submission.create({ data: { programId: program.id, bountyId: bounty.id } }); // want "links a \"Bounty\" by \"bountyId\" alone"
  }
}

// The same proofs, the name bound again by a loop, a destructuring or a
// function expression's parameter.
export async function filteredLoops(programId: string, input: { bountyId: string }[], groups: { programId: string; valid: { bountyId: string }[]; bounties: { id: string }[] }[]) {
  const bounties = await db.bounty.findMany({ where: { programId } }); // want "findMany on tenant-scoped \"Bounty\""
  const known = new Set(bounties.map((b) => b.id));
  const valid = input.filter(({ bountyId }) => known.has(bountyId));
  for (const { programId } of groups) {
    await db.submission.createMany({
      data: valid.map(({ bountyId }) => ({
        programId, // want "links a \"Program\" by \"programId\" alone"
        bountyId, // want "links a \"Bounty\" by \"bountyId\" alone"
      })),
    });
  }
  for (const { valid } of groups) {
    await db.submission.createMany({
      data: valid.map(({ bountyId }) => ({
        programId, // want "links a \"Program\" by \"programId\" alone"
        bountyId, // want "links a \"Bounty\" by \"bountyId\" alone"
      })),
    });
  }
  groups.forEach(async function ({ bounties }) {
    const known = new Set(bounties.map((b) => b.id));
    const valid = input.filter(({ bountyId }) => known.has(bountyId));
    await db.submission.createMany({
      data: valid.map(({ bountyId }) => ({
        programId, // want "links a \"Program\" by \"programId\" alone"
        bountyId, // want "links a \"Bounty\" by \"bountyId\" alone"
      })),
    });
  });
}

export async function passedLoops(programId: string, groups: { bounty: Bounty }[]) {
  const program = await db.program.findUniqueOrThrow({ where: { id: programId }, include: { bounties: true } }); // want "findUniqueOrThrow on tenant-scoped \"Program\""
  const bounty = program.bounties[0];
  for (const { bounty } of groups) {
    await submitLoopTo({ program, bounty });
  }
  await submitLoopTo({ program, bounty });
}

async function submitLoopTo({ program, bounty }: { program: Program; bounty: Bounty }) {
  await db.submission.create({
    data: {
      programId: program.id, // want "links a \"Program\" by \"programId\" alone"
      bountyId: bounty.id, // want "links a \"Bounty\" by \"bountyId\" alone"
    },
  });
}

export async function pinnedLoops(workspaceId: string, groups: { bounty: Bounty; program: Program }[]) {
  const program = await db.program.create({ data: { workspaceId }, include: { bounties: true } });
  const bounty = program.bounties[0];
  for (const { bounty } of groups) {
    await db.submission.create({ data: { programId: program.id, bountyId: bounty.id } }); // want "links a \"Bounty\" by \"bountyId\" alone"
  }
  groups.forEach(async function ({ bounty }) {
    await db.submission.create({ data: { programId: program.id, bountyId: bounty.id } }); // want "links a \"Bounty\" by \"bountyId\" alone"
  });
  await db.submission.create({ data: { programId: program.id, bountyId: bounty.id } });
}
