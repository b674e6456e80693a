import { PrismaRepository } from "./prisma.service";

export class ReassignedKeyRepository {
  constructor(
    private _keys: PrismaRepository<"apiKey">,
    private _stores: PrismaRepository<"environment">,
  ) {}

  async setEnvironment(org: string, id: string, slug: string) {
    const env =
      (await this._stores.model.environment.findFirst({ where: { organizationId: org, slug } })) ||
      (await this._stores.model.environment.create({ data: { id: "e", slug, organizationId: org } }));
    return this._keys.model.apiKey.update({ where: { id, organizationId: org }, data: { environment: { connect: { id: env.id } } } }); // want "update on \"ApiKey\" links a \"Environment\" by \\{ id \\} alone"
  }
}
