import { Bounty } from "@prisma/client";
import { db } from "./db";

// The submission goes under the bounty's own program (dub's award-bounty
// workflow): whichever program that is, the bounty is in it. The program
// itself comes from the caller.
export async function submit(bounty: Bounty) {
  await db.submission.create({
    data: {
      programId: bounty.programId, // want "create on \"Submission\" links a \"Program\" by \"programId\" alone"
      bountyId: bounty.id,
    },
  });
}

// Under another row's program, the bounty may be another tenant's.
export async function submitElsewhere(bounty: Bounty, other: Bounty) {
  await db.submission.create({
    data: {
      programId: other.programId, // want "create on \"Submission\" links a \"Program\" by \"programId\" alone"
      bountyId: bounty.id, // want "create on \"Submission\" links a \"Bounty\" by \"bountyId\" alone"
    },
  });
}

// A spread after the program may give it another value.
export async function submitSpread(bounty: Bounty, extra: { programId: string }) {
  await db.submission.create({
    data: {
      programId: bounty.programId, // want "create on \"Submission\" links a \"Program\" by \"programId\" alone"
      ...extra, // want "cannot see what create on \"Submission\" links through this spread"
      bountyId: bounty.id, // want "create on \"Submission\" links a \"Bounty\" by \"bountyId\" alone"
    },
  });
}

// An award is scoped through its bounty and carries the program too:
// given the bounty's own program, the bounty is that program's.
export async function award(bounty: Bounty, other: Bounty) {
  await db.award.create({
    data: {
      bountyId: bounty.id,
      programId: bounty.programId, // want "create on \"Award\" links a \"Program\" by \"programId\" alone"
    },
  });
  await db.award.create({
    data: {
      bountyId: bounty.id, // want "create on \"Award\" links a \"Bounty\" by \"bountyId\" alone"
      programId: other.programId, // want "create on \"Award\" links a \"Program\" by \"programId\" alone"
    },
  });
}
