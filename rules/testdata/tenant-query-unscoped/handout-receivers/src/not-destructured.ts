import { prisma } from "./lib/db";

declare const fallback: any;

// Destructured from more than the client: no client of it is handed out.
export function pick() {
  const { document } = prisma ?? fallback;
  const { workflow } = prisma as typeof fallback;
  return [document, workflow];
}
