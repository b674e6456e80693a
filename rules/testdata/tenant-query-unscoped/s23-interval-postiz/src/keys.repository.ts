import { PrismaRepository, ArchiveRepository, Inject } from "./prisma.service";

// postiz's per-model repositories: each wraps the one injected client,
// so the environment made through one is made on the client the key's
// update runs on.
export class KeyRepository {
  constructor(
    private _keys: PrismaRepository<"apiKey">,
    private _envs: PrismaRepository<"environment">,
  ) {}

  async setEnvironment(org: string, id: string, slug: string) {
    const env =
      (await this._envs.model.environment.findFirst({ where: { organizationId: org, slug } })) ||
      (await this._envs.model.environment.create({ data: { id: "e", slug, organizationId: org } }));
    return this._keys.model.apiKey.update({ where: { id, organizationId: org }, data: { environment: { connect: { id: env.id } } } });
  }
}

// Twins. The environment is made in a second database, typed apart.
export class ArchivedKeyRepository {
  constructor(
    private _keys: PrismaRepository<"apiKey">,
    private _envs: ArchiveRepository<"environment">,
  ) {}

  async setEnvironment(org: string, id: string, slug: string) {
    const env =
      (await this._envs.model.environment.findFirst({ where: { organizationId: org, slug } })) ||
      (await this._envs.model.environment.create({ data: { id: "e", slug, organizationId: org } }));
    return this._keys.model.apiKey.update({ where: { id, organizationId: org }, data: { environment: { connect: { id: env.id } } } }); // want "update on \"ApiKey\" links a \"Environment\" by \\{ id \\} alone"
  }
}

// The wrapper is injected by a token, which may name another provider.
export class TokenKeyRepository {
  constructor(
    private _keys: PrismaRepository<"apiKey">,
    @Inject("ARCHIVE") private _envs: PrismaRepository<"environment">,
  ) {}

  async setEnvironment(org: string, id: string, slug: string) {
    const env =
      (await this._envs.model.environment.findFirst({ where: { organizationId: org, slug } })) ||
      (await this._envs.model.environment.create({ data: { id: "e", slug, organizationId: org } }));
    return this._keys.model.apiKey.update({ where: { id, organizationId: org }, data: { environment: { connect: { id: env.id } } } }); // want "update on \"ApiKey\" links a \"Environment\" by \\{ id \\} alone"
  }
}

// The constructor puts another object in the wrapper's place.
export class SwappedKeyRepository {
  constructor(
    private _keys: PrismaRepository<"apiKey">,
    private _envs: PrismaRepository<"environment">,
    archive: ArchiveRepository<"environment">,
  ) {
    this._envs = archive as any;
  }

  async setEnvironment(org: string, id: string, slug: string) {
    const env =
      (await this._envs.model.environment.findFirst({ where: { organizationId: org, slug } })) ||
      (await this._envs.model.environment.create({ data: { id: "e", slug, organizationId: org } }));
    return this._keys.model.apiKey.update({ where: { id, organizationId: org }, data: { environment: { connect: { id: env.id } } } }); // want "update on \"ApiKey\" links a \"Environment\" by \\{ id \\} alone"
  }
}

// A field of the class, not a constructor's parameter: anything may be
// put there.
export class FieldKeyRepository {
  _envs!: PrismaRepository<"environment">;
  constructor(private _keys: PrismaRepository<"apiKey">) {}

  async setEnvironment(org: string, id: string, slug: string) {
    const env =
      (await this._envs.model.environment.findFirst({ where: { organizationId: org, slug } })) ||
      (await this._envs.model.environment.create({ data: { id: "e", slug, organizationId: org } }));
    return this._keys.model.apiKey.update({ where: { id, organizationId: org }, data: { environment: { connect: { id: env.id } } } }); // want "update on \"ApiKey\" links a \"Environment\" by \\{ id \\} alone"
  }
}

// A member of the wrapper other than the one the update runs on.
export class OtherMemberKeyRepository {
  constructor(
    private _keys: PrismaRepository<"apiKey">,
    private _envs: PrismaRepository<"environment">,
  ) {}

  async setEnvironment(org: string, id: string, slug: string) {
    const env =
      (await (this._envs as any).replica.environment.findFirst({ where: { organizationId: org, slug } })) ||
      (await (this._envs as any).replica.environment.create({ data: { id: "e", slug, organizationId: org } }));
    return this._keys.model.apiKey.update({ where: { id, organizationId: org }, data: { environment: { connect: { id: env.id } } } }); // want "update on \"ApiKey\" links a \"Environment\" by \\{ id \\} alone"
  }
}

// A subclass of the file may hand the constructor anything.
export class BaseKeyRepository {
  constructor(
    protected _keys: PrismaRepository<"apiKey">,
    protected _envs: PrismaRepository<"environment">,
  ) {}

  async setEnvironment(org: string, id: string, slug: string) {
    const env =
      (await this._envs.model.environment.findFirst({ where: { organizationId: org, slug } })) ||
      (await this._envs.model.environment.create({ data: { id: "e", slug, organizationId: org } }));
    return this._keys.model.apiKey.update({ where: { id, organizationId: org }, data: { environment: { connect: { id: env.id } } } }); // want "update on \"ApiKey\" links a \"Environment\" by \\{ id \\} alone"
  }
}
export class ArchiveKeyRepository extends BaseKeyRepository {
  constructor(keys: PrismaRepository<"apiKey">, archive: ArchiveRepository<"environment">) {
    super(keys, archive as any);
  }
}

// A method of the class under the wrapper's name.
export class MethodKeyRepository {
  constructor(
    private _keys: PrismaRepository<"apiKey">,
    private _repo: PrismaRepository<"environment">,
  ) {}

  get _envs(): PrismaRepository<"environment"> {
    return this._repo;
  }

  async setEnvironment(org: string, id: string, slug: string) {
    const env =
      (await this._envs.model.environment.findFirst({ where: { organizationId: org, slug } })) ||
      (await this._envs.model.environment.create({ data: { id: "e", slug, organizationId: org } }));
    return this._keys.model.apiKey.update({ where: { id, organizationId: org }, data: { environment: { connect: { id: env.id } } } }); // want "update on \"ApiKey\" links a \"Environment\" by \\{ id \\} alone"
  }
}
