schema {
  paths = ["prisma-shared/schema.prisma"]
}
