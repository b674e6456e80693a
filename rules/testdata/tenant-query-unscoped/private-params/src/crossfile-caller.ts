import { db } from "./db";
import { CrossFile } from "./crossfile";

export async function dropOther(other: { id: string }) {
  await (new CrossFile(db) as any).dropBoundary(other, "all");
}
