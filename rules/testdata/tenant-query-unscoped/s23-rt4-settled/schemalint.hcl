version = 1
schema { paths = ["prisma/schema.prisma"] }
tenancy { fields = ["projectId"] }
