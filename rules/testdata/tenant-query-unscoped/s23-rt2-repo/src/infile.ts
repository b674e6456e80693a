import { PrismaRepository, ArchiveRepository, ArchiveService, PrismaService } from "./prisma.service";

// The file builds the class by hand through parentheses, with a wrapper
// of a second database.
export class ParenKeyRepository {
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
export const paren = new (ParenKeyRepository)(
  new PrismaRepository<"apiKey">(new PrismaService()),
  new PrismaRepository<"environment">(new ArchiveService() as any),
);

// The file builds the class by hand through another name.
export class AliasedKeyRepository {
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
const Aliased = AliasedKeyRepository;
export const aliased = new Aliased(
  new PrismaRepository<"apiKey">(new PrismaService()),
  new PrismaRepository<"environment">(new ArchiveService() as any),
);

// Built by Reflect.construct.
export class ReflectedKeyRepository {
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
export const reflected = Reflect.construct(ReflectedKeyRepository, [new PrismaRepository<"apiKey">(new PrismaService()), new ArchiveRepository<"environment">(new ArchiveService())]);

// A subclass of the file extends it through another name and hands the
// constructor a wrapper of a second database.
export class AliasBaseKeyRepository {
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
const Base = AliasBaseKeyRepository;
export class AliasArchiveKeyRepository extends Base {
  constructor(keys: PrismaRepository<"apiKey">, envs: ArchiveRepository<"environment">) {
    super(keys, envs as unknown as PrismaRepository<"environment">);
  }
}

// A mixin of the file extends it.
function logged<T extends new (...args: any[]) => object>(B: T) {
  return class extends B {};
}
export class MixedKeyRepository {
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
export class MixedArchiveKeyRepository extends logged(MixedKeyRepository) {
  constructor(keys: PrismaRepository<"apiKey">, envs: ArchiveRepository<"environment">) {
    super(keys, envs);
  }
}

// A list that is no provider list, each of whose classes the file builds
// by hand.
export class ListedKeyRepository {
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
export const listed = [ListedKeyRepository].map(
  (C) => new C(new PrismaRepository<"apiKey">(new PrismaService()), new ArchiveRepository<"environment">(new ArchiveService()) as any),
);
