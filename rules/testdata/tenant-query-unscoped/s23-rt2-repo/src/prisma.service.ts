import { PrismaClient } from "@prisma/client";
export class PrismaService extends PrismaClient {}
export class PrismaRepository<T extends keyof PrismaService> {
  public model: Pick<PrismaService, T>;
  constructor(private _prismaService: PrismaService) {
    this.model = this._prismaService;
  }
}

// A second database's wrapper, typed apart.
export class ArchiveService extends PrismaClient {}
export class ArchiveRepository<T extends keyof ArchiveService> {
  public model: Pick<ArchiveService, T>;
  constructor(private _archiveService: ArchiveService) {
    this.model = this._archiveService;
  }
}
export function Inject(token: string) {
  return (target: object, key: string | symbol | undefined, index: number) => void [target, key, index, token];
}
