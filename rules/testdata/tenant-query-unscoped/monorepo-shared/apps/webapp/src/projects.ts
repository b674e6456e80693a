import { prisma } from "@acme/database";

// The shared package's schema covers the apps that depend on it.
export const projects = () => prisma.project.findMany(); // want "findMany on tenant-scoped \"Project\" has no where"
