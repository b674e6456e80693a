import { prisma } from "./db";
import { other } from "./other";

// A file that only hands a client's operation out: prisma is a client
// (its calls elsewhere say so), so the lookup called through it is said.
export const findLabel = prisma.label.findUnique; // want "cannot follow the findUnique on \"Label\" handed out here"

// other is no client: nothing is said.
export const otherLabel = other.label.findUnique;
