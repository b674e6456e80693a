import { prisma } from "./db";

// The same write, in a file whose comment happens to say "set": what the
// rule says must not depend on it.
export async function addNotes(userId: string, rows: { text: string; labelId: string }[]) {
  await prisma.user.update({ where: { id: userId }, data: { notes: { create: rows } } }); // want "cannot see what update on \"User\" links through its nested create on \"Note\""
}
