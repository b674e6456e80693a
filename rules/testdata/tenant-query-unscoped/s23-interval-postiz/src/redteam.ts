import { PrismaRepository, ArchiveRepository, ArchiveService, PrismaService } from "./prisma.service";

// Red team of the per-model repositories read as one client.

// The file builds the class by hand, with a wrapper of a second database.
export class BuiltKeyRepository {
  constructor(
    private _keys: PrismaRepository<"apiKey">,
    private _envs: PrismaRepository<"environment">,
  ) {}

  async setEnvironment(org: string, id: string, slug: string) {
    const env =
      (await this._envs.model.environment.findFirst({ where: { organizationId: org, slug } })) ||
      (await this._envs.model.environment.create({ data: { id: "e", slug, organizationId: org } }));
    return this._keys.model.apiKey.update({ where: { id, organizationId: org }, data: { environment: { connect: { id: env.id } } } }); // want "update on \"ApiKey\" links a \"Environment\" by \\{ id \\} alone"
  }
}
export const built = new BuiltKeyRepository(
  new PrismaRepository<"apiKey">(new PrismaService()),
  new PrismaRepository<"environment">(new ArchiveService() as any),
);

// Object.assign on this replaces the wrapper.
export class AssignedKeyRepository {
  constructor(
    private _keys: PrismaRepository<"apiKey">,
    private _envs: PrismaRepository<"environment">,
    archive: ArchiveRepository<"environment">,
  ) {
    Object.assign(this, { _envs: archive });
  }

  async setEnvironment(org: string, id: string, slug: string) {
    const env =
      (await this._envs.model.environment.findFirst({ where: { organizationId: org, slug } })) ||
      (await this._envs.model.environment.create({ data: { id: "e", slug, organizationId: org } }));
    return this._keys.model.apiKey.update({ where: { id, organizationId: org }, data: { environment: { connect: { id: env.id } } } }); // want "update on \"ApiKey\" links a \"Environment\" by \\{ id \\} alone"
  }
}

// A subscript write replaces the wrapper.
export class SubscriptKeyRepository {
  constructor(
    private _keys: PrismaRepository<"apiKey">,
    private _envs: PrismaRepository<"environment">,
    archive: ArchiveRepository<"environment">,
  ) {
    (this as any)["_envs"] = archive;
  }

  async setEnvironment(org: string, id: string, slug: string) {
    const env =
      (await this._envs.model.environment.findFirst({ where: { organizationId: org, slug } })) ||
      (await this._envs.model.environment.create({ data: { id: "e", slug, organizationId: org } }));
    return this._keys.model.apiKey.update({ where: { id, organizationId: org }, data: { environment: { connect: { id: env.id } } } }); // want "update on \"ApiKey\" links a \"Environment\" by \\{ id \\} alone"
  }
}
