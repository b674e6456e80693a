import { db } from "./db";

// A helper of the file that finds the book by a compound unique key
// holding the tenant: its row is the team's, as with the fields apart
// (Supaglue's provider lookups).
function getBookByName(name: string, teamId: number | undefined) {
  return db.book.findUniqueOrThrow({ where: { teamId_name: { teamId, name } } });
}

export async function listByName(name: string, team: { id: number }) {
  const book = await getBookByName(name, team.id);
  return db.contact.findMany({ where: { bookId: book.id } });
}

// Near miss: the team the caller passes may be undefined, and Prisma
// drops an undefined key.
export async function listByNameMaybeTeam(name: string, input: { teamId?: number }) {
  const book = await getBookByName(name, input.teamId ?? undefined);
  return db.contact.findMany({ where: { bookId: book.id } }); // want "findMany on tenant-scoped \"Contact\" does not filter"
}
