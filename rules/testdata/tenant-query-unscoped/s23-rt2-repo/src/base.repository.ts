import { PrismaRepository } from "./prisma.service";

// Another file builds the class by hand, and another extends it: each
// hands the constructor a wrapper of a second database.
export class ElsewhereKeyRepository {
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

export class SubclassedKeyRepository {
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

// Near-miss twin that must stay quiet: nothing in the project builds or
// extends it; an injector hands each parameter the one wrapper.
export class InjectedKeyRepository {
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
