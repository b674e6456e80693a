import { PrismaRepository, ArchiveRepository, ArchiveService, PrismaService } from "./prisma.service";
import { ElsewhereKeyRepository, SubclassedKeyRepository, InjectedKeyRepository } from "./base.repository";

export const elsewhere = new ElsewhereKeyRepository(
  new PrismaRepository<"apiKey">(new PrismaService()),
  new PrismaRepository<"environment">(new ArchiveService() as any),
);

export class ArchiveSubclassedKeyRepository extends SubclassedKeyRepository {
  constructor(keys: PrismaRepository<"apiKey">, envs: ArchiveRepository<"environment">) {
    super(keys, envs as unknown as PrismaRepository<"environment">);
  }
}

// Listing the class as a provider leaves its construction to the injector.
function Module(meta: { providers: unknown[] }) {
  return (target: object) => void [target, meta];
}
@Module({ providers: [InjectedKeyRepository, { provide: "KEYS", useClass: InjectedKeyRepository }] })
export class DatabaseModule {}
