import { PrismaService } from "./prisma.service";

// A local service, no client: both schemas judge this file.
export const projects = (prisma: PrismaService) => prisma.project.findMany(); // want "findMany on tenant-scoped \"Project\" has no where"
export const conversations = (prisma: PrismaService) => prisma.conversation.findMany(); // want "findMany on tenant-scoped \"Conversation\" has no where"
