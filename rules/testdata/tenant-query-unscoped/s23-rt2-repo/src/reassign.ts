import { ArchiveRepository, ArchiveService } from "./prisma.service";
import type { ReassignedKeyRepository } from "./reassigned.repository";

// Another file puts a wrapper of a second database in an injected
// instance's place, through a cast.
export function archive(repo: ReassignedKeyRepository) {
  (repo as unknown as { _stores: unknown })._stores = new ArchiveRepository<"environment">(new ArchiveService());
}
