import { prisma } from "./lib/db";

// Destructured from the client alone, the statement ended by its line.
export function pick() {
  const { document } = prisma // want "cannot follow the \"Document\" client handed out here; call prisma\\.document"
  return document;
}
