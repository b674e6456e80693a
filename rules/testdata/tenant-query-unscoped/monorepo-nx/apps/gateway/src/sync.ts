import { PrismaClient as ApiClient } from "@prisma/client";
import { PrismaClient as GatewayClient } from "../prisma/generated-client/index";

const api = new ApiClient();
const gateway = new GatewayClient();

// Both clients are imported: both schemas judge this file.
export const projects = () => api.project.findMany(); // want "findMany on tenant-scoped \"Project\" has no where"
export const conversations = () => gateway.conversation.findMany(); // want "findMany on tenant-scoped \"Conversation\" has no where"
