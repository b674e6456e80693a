// The docs neither declare nor import @acme/prisma (only a package whose
// name starts the same, and the name in a comment: @acme/prisma): nothing
// here is a tenant query.
import { highlight } from "@acme/prisma-docs";

export const search = (index: any) => highlight(index.project.findMany());
