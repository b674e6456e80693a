import { PrismaRepository, ArchiveRepository, ArchiveService } from "./prisma.service";

// The class builds a copy of itself through its constructor, with a
// wrapper of a second database.
export class ClonedKeyRepository {
  constructor(
    private _keys: PrismaRepository<"apiKey">,
    private _envs: PrismaRepository<"environment">,
  ) {}

  archived() {
    return new (this.constructor as new (...a: unknown[]) => ClonedKeyRepository)(this._keys, new ArchiveRepository<"environment">(new ArchiveService()));
  }

  async setEnvironment(org: string, id: string, slug: string) {
    const env =
      (await this._envs.model.environment.findFirst({ where: { organizationId: org, slug } })) ||
      (await this._envs.model.environment.create({ data: { id: "e", slug, organizationId: org } }));
    return this._keys.model.apiKey.update({ where: { id, organizationId: org }, data: { environment: { connect: { id: env.id } } } }); // want "update on \"ApiKey\" links a \"Environment\" by \\{ id \\} alone"
  }
}

// A static factory builds it with `new this`.
export class FactoryKeyRepository {
  constructor(
    private _keys: PrismaRepository<"apiKey">,
    private _envs: PrismaRepository<"environment">,
  ) {}

  static archived(keys: PrismaRepository<"apiKey">) {
    return new this(keys, new ArchiveRepository<"environment">(new ArchiveService()) as unknown as PrismaRepository<"environment">);
  }

  async setEnvironment(org: string, id: string, slug: string) {
    const env =
      (await this._envs.model.environment.findFirst({ where: { organizationId: org, slug } })) ||
      (await this._envs.model.environment.create({ data: { id: "e", slug, organizationId: org } }));
    return this._keys.model.apiKey.update({ where: { id, organizationId: org }, data: { environment: { connect: { id: env.id } } } }); // want "update on \"ApiKey\" links a \"Environment\" by \\{ id \\} alone"
  }
}

// A copy made from the instance is given a wrapper of a second database.
export class CopiedKeyRepository {
  constructor(
    private _keys: PrismaRepository<"apiKey">,
    private _copyEnvs: PrismaRepository<"environment">,
  ) {}

  archived() {
    const copy = Object.create(this);
    copy._copyEnvs = new ArchiveRepository<"environment">(new ArchiveService());
    return copy as CopiedKeyRepository;
  }

  async setEnvironment(org: string, id: string, slug: string) {
    const env =
      (await this._copyEnvs.model.environment.findFirst({ where: { organizationId: org, slug } })) ||
      (await this._copyEnvs.model.environment.create({ data: { id: "e", slug, organizationId: org } }));
    return this._keys.model.apiKey.update({ where: { id, organizationId: org }, data: { environment: { connect: { id: env.id } } } }); // want "update on \"ApiKey\" links a \"Environment\" by \\{ id \\} alone"
  }
}
