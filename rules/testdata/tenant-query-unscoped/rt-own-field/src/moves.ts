import { PrismaClient } from '@prisma/client';

// The caller's write moves the row to another tenant by a key the call
// does not spell plainly.
export class Moves {
  constructor(private prisma: PrismaClient, private movesId: string) {}
  private async get(k: string) {
    return this.prisma.message.findFirst({ where: { instanceId: this.movesId, status: k } });
  }
  async computedKey(other: string, k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { ['instanceId']: other } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
  async variableKey(other: string, k: string) {
    const field = 'instanceId';
    const old = await this.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { [field]: other } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
  async quotedKey(other: string, k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { 'instanceId': other } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
  async dataConst(other: string, k: string) {
    const data = { instanceId: other };
    const old = await this.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
  async argsConst(other: string, k: string) {
    const old = await this.get(k);
    if (!old) return;
    const args = { where: { id: old.id }, data: { instanceId: other } };
    await this.prisma.message.update(args); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
  async upsertMove(other: string, k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.message.upsert({ where: { id: old.id }, create: { id: 'n', key: {}, instanceId: this.movesId }, update: { instanceId: other } }); // want "upsert on tenant-scoped \"Message\" does not filter by the tenant"
  }
}
