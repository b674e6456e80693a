import { prisma } from "./db";

// The program's key is judged; the enrollment's key of two columns is
// not judged again beside it.
export async function commission(organizationId: string, programId: string, partnerId: string) {
  await prisma.commission.create({ data: { programId, partnerId } }); // want "create on \"Commission\" links a \"Program\" by \"programId\" alone"
  const program = await prisma.program.findFirstOrThrow({ where: { id: programId, organizationId } });
  await prisma.commission.create({ data: { programId: program.id, partnerId } });
}

// A key of two columns and no other link: judged once, at its first
// column given; a column naming the linked row's parent, proven the
// tenant's, proves it.
export async function note(organizationId: string, programId: string, partnerId: string) {
  await prisma.note.create({ data: { partnerId, programId } }); // want "create on \"Note\" links a \"ProgramEnrollment\" by \"programId\" alone"
  const program = await prisma.program.findFirstOrThrow({ where: { id: programId, organizationId } });
  await prisma.note.create({ data: { programId: program.id, partnerId } });
}

export async function noteUnchecked(programId: string, partnerId: string) {
  const any = await prisma.program.findUniqueOrThrow({ where: { id: programId } }); // want "findUniqueOrThrow on tenant-scoped \"Program\""
  await prisma.note.create({ data: { programId: any.id, partnerId } }); // want "create on \"Note\" links a \"ProgramEnrollment\" by \"programId\" alone"
}
