import { prisma } from "./generated-client";

// ./generated-client from src is not the gateway's output: no client of
// the project is imported, so both schemas judge this file.
export const conversations = () => prisma.conversation.findMany(); // want "findMany on tenant-scoped \"Conversation\" has no where"
export const projects = () => prisma.project.findMany(); // want "findMany on tenant-scoped \"Project\" has no where"
