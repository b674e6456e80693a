prisma.project.findMany();
