import { PrismaClient } from "../prisma/generated-client";

const prisma = new PrismaClient();

// The gateway's client: the api's tenant Project does not judge it.
export const conversations = () => prisma.conversation.findMany(); // want "findMany on tenant-scoped \"Conversation\" has no where"
export const projects = () => prisma.project.findMany();
