import { prisma } from "./db";

// A write on a model judged only for its links, whose nested rows come
// from the caller: no key of a link is written in this file, and the
// rows may still link any tenant's label.
export async function addNotes(userId: string, rows: { text: string; labelId: string }[]) {
  await prisma.user.update({ where: { id: userId }, data: { notes: { create: rows } } }); // want "cannot see what update on \"User\" links through its nested create on \"Note\""
}

// The same rows written out: nothing links a label.
export async function addNote(userId: string, text: string) {
  await prisma.user.update({ where: { id: userId }, data: { notes: { create: { text } } } });
}
