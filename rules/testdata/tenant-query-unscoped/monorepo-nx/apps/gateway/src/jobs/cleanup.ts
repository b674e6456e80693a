import type { Conversation } from "../../prisma/generated-client/index.js";

const { PrismaClient } = require("../../prisma/generated-client");
const prisma = new PrismaClient();

// Required, and named through index.js: still the gateway's client.
export const cleanup = (): Promise<Conversation[]> => prisma.conversation.deleteMany({ where: { id: "x" } }); // want "deleteMany on tenant-scoped \"Conversation\" does not filter by the tenant"
export const stale = () => prisma.project.deleteMany({ where: { id: "x" } });
