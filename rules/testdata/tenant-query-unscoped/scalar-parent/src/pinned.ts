import { Bounty } from "@prisma/client";
import { db } from "./db";

// A bounty a program's create included, linked under that program
// (documenso's envelope items of a created envelope): the program's
// children are under it.
export async function submitIncluded(workspaceId: string, other: { id: string }) {
  const program = await db.program.create({ data: { workspaceId }, include: { bounties: true } });
  const bounty = program.bounties.find((b) => b.id !== "");
  if (!bounty) throw new Error("not found");
  await db.submission.create({ data: { programId: program.id, bountyId: bounty.id } });
  for (const b of program.bounties) {
    await db.submission.create({ data: { programId: program.id, bountyId: b.id } });
  }
  // Linked under another program than the one whose bounty it is.
  await db.submission.create({
    data: {
      programId: other.id, // want "create on \"Submission\" links a \"Program\" by \"programId\" alone"
      bountyId: bounty.id, // want "create on \"Submission\" links a \"Bounty\" by \"bountyId\" alone"
    },
  });
}

// Bounties a createManyAndReturn put under the program, each row giving
// it the same parent. Whether the program is the caller's is judged at
// the program's own key.
export async function submitCreated(program: { id: string }, ids: string[]) {
  const bounties = await db.bounty.createManyAndReturn({
    data: ids.map((id) => ({
      id,
      programId: program.id, // want "createManyAndReturn on \"Bounty\" links a \"Program\" by \"programId\" alone"
    })),
  });
  const first = bounties[0];
  await db.submission.create({
    data: {
      programId: program.id, // want "create on \"Submission\" links a \"Program\" by \"programId\" alone"
      bountyId: first.id,
    },
  });
}

// A bounty an update matched under the program (the update's own where
// is judged as well), and one created there.
export async function submitUpdated(program: { id: string }, bountyId: string) {
  const bounty = await db.bounty.update({ where: { id: bountyId, programId: program.id }, data: {} }); // want "update on tenant-scoped \"Bounty\""
  const made = await db.bounty.create({
    data: {
      programId: program.id, // want "create on \"Bounty\" links a \"Program\" by \"programId\" alone"
    },
  });
  await db.submission.createMany({
    data: [
      {
        programId: program.id, // want "createMany on \"Submission\" links a \"Program\" by \"programId\" alone"
        bountyId: bounty.id,
      },
      {
        programId: program.id, // want "createMany on \"Submission\" links a \"Program\" by \"programId\" alone"
        bountyId: made.id,
      },
    ],
  });
}

// Each created row under the parent of its own element.
export async function submitEachParent(program: { id: string }, rows: Bounty[]) {
  const bounties = await db.bounty.createManyAndReturn({
    data: rows.map((r) => ({
      id: r.id,
      programId: r.programId, // want "createManyAndReturn on \"Bounty\" links a \"Program\" by \"programId\" alone"
    })),
  });
  const first = bounties[0];
  await db.submission.create({
    data: {
      programId: program.id, // want "create on \"Submission\" links a \"Program\" by \"programId\" alone"
      bountyId: first.id, // want "create on \"Submission\" links a \"Bounty\" by \"bountyId\" alone"
    },
  });
}

// The update moves the bounty, or matches it by its id alone.
export async function submitMoved(program: { id: string }, bountyId: string, otherId: string) {
  const moved = await db.bounty.update({ // want "update on tenant-scoped \"Bounty\""
    where: { id: bountyId, programId: program.id },
    data: {
      programId: otherId, // want "update on \"Bounty\" links a \"Program\" by \"programId\" alone"
    },
  });
  const any = await db.bounty.update({ where: { id: bountyId }, data: {} }); // want "update on tenant-scoped \"Bounty\""
  await db.submission.createMany({
    data: [
      {
        programId: program.id, // want "createMany on \"Submission\" links a \"Program\" by \"programId\" alone"
        bountyId: moved.id, // want "createMany on \"Submission\" links a \"Bounty\" by \"bountyId\" alone"
      },
      {
        programId: program.id, // want "createMany on \"Submission\" links a \"Program\" by \"programId\" alone"
        bountyId: any.id, // want "createMany on \"Submission\" links a \"Bounty\" by \"bountyId\" alone"
      },
    ],
  });
}

// The bounty is not what the query returned: the row is a let assigned
// again, or picked from a list the caller gave.
export async function submitReassigned(workspaceId: string, given: Bounty, list: Bounty[]) {
  const program = await db.program.create({ data: { workspaceId }, include: { bounties: true } });
  let bounty = program.bounties[0];
  bounty = given;
  await db.submission.create({
    data: {
      programId: program.id,
      bountyId: bounty.id, // want "create on \"Submission\" links a \"Bounty\" by \"bountyId\" alone"
    },
  });
  const picked = list.find((b) => b.programId === program.id);
  await db.submission.create({
    data: {
      programId: program.id,
      bountyId: picked!.id, // want "create on \"Submission\" links a \"Bounty\" by \"bountyId\" alone"
    },
  });
}
