import { Program } from "@prisma/client";
import { db } from "./db";

// A bounty created earlier in the same transaction list, with the id the
// submission links and under the submission's own program (dub's program
// applications): the list stops if that create fails, so the key links the
// new bounty. The program comes from the caller.
export async function createWithSubmission(program: Program, bountyId: string) {
  await db.$transaction([
    db.bounty.create({
      data: {
        id: bountyId,
        programId: program.id, // want "create on \"Bounty\" links a \"Program\" by \"programId\" alone"
      },
    }),
    db.submission.create({
      data: {
        programId: program.id, // want "create on \"Submission\" links a \"Program\" by \"programId\" alone"
        bountyId,
      },
    }),
  ]);
}

// Created after the write, under another program, with another id, with
// a spread that may replace the id, or outside a transaction: the key may
// name any program's bounty.
export async function createOutOfOrder(program: Program, other: Program, bountyId: string, otherId: string, extra: { id?: string }) {
  await db.$transaction([
    db.submission.create({
      data: {
        programId: program.id, // want "links a \"Program\" by \"programId\" alone"
        bountyId, // want "create on \"Submission\" links a \"Bounty\" by \"bountyId\" alone"
      },
    }),
    db.bounty.create({
      data: {
        id: bountyId,
        programId: program.id, // want "links a \"Program\" by \"programId\" alone"
      },
    }),
  ]);
  await db.$transaction([
    db.bounty.create({
      data: {
        id: bountyId,
        programId: other.id, // want "links a \"Program\" by \"programId\" alone"
      },
    }),
    db.submission.create({
      data: {
        programId: program.id, // want "links a \"Program\" by \"programId\" alone"
        bountyId, // want "links a \"Bounty\" by \"bountyId\" alone"
      },
    }),
  ]);
  await db.$transaction([
    db.bounty.create({
      data: {
        id: otherId,
        programId: program.id, // want "links a \"Program\" by \"programId\" alone"
      },
    }),
    db.submission.create({
      data: {
        programId: program.id, // want "links a \"Program\" by \"programId\" alone"
        bountyId, // want "links a \"Bounty\" by \"bountyId\" alone"
      },
    }),
  ]);
  await db.$transaction([
    db.bounty.create({
      data: {
        id: bountyId,
        programId: program.id, // want "links a \"Program\" by \"programId\" alone"
        ...extra, // want "cannot see what create on \"Bounty\" links through this spread"
      },
    }),
    db.submission.create({
      data: {
        programId: program.id, // want "links a \"Program\" by \"programId\" alone"
        bountyId, // want "links a \"Bounty\" by \"bountyId\" alone"
      },
    }),
  ]);
  await Promise.all([
    db.bounty.create({
      data: {
        id: bountyId,
        programId: program.id, // want "links a \"Program\" by \"programId\" alone"
      },
    }),
    db.submission.create({
      data: {
        programId: program.id, // want "links a \"Program\" by \"programId\" alone"
        bountyId, // want "links a \"Bounty\" by \"bountyId\" alone"
      },
    }),
  ]);
}
