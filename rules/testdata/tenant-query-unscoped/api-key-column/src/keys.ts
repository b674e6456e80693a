import { db } from "./db";

export async function apiKeyInfo(apiKey: string) {
  return db.organizationApiKey.findUnique({ where: { key: apiKey } });
}

export async function apiKeyByLabel(label: string) {
  return db.organizationApiKey.findFirst({ where: { label } }); // want "findFirst on tenant-scoped \"OrganizationApiKey\" does not filter"
}

export async function webhookKey(key: string) {
  return db.webhookApiKey.findFirst({ where: { key } }); // want "findFirst on tenant-scoped \"WebhookApiKey\" does not filter"
}

export async function setting(key: string) {
  return db.setting.findUnique({ where: { key } }); // want "findUnique on tenant-scoped \"Setting\" does not filter"
}

export async function keyById(value: string) {
  return db.apiKey.findFirst({ where: { id: value }, include: { organization: true } });
}

export async function projectKeyById(id: string) {
  return db.projectApiKey.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"ProjectApiKey\" does not filter"
}

export async function generatedKeyById(id: string) {
  return db.generatedApiKey.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"GeneratedApiKey\" does not filter"
}

export async function keysByName(name: string) {
  return db.apiKey.findMany({ where: { name } }); // want "findMany on tenant-scoped \"ApiKey\" does not filter"
}
