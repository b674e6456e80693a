import { PrismaClientKnownRequestError } from "@prisma/client/runtime/library";

// Every client shares the runtime: importing an error class from it names
// no client, so both schemas judge this file.
export const conversations = (prisma: any) => prisma.conversation.findMany().catch((e: PrismaClientKnownRequestError) => e); // want "findMany on tenant-scoped \"Conversation\" has no where"
export const projects = (prisma: any) => prisma.project.findMany(); // want "findMany on tenant-scoped \"Project\" has no where"
