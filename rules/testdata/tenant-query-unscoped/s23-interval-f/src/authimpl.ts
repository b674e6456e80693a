import crypto from "crypto";
const seen: unknown[] = [];
export function hasPermission(access: { permissions: string[] }, p: string): boolean {
  return access.permissions.includes(p);
}
export function generateKey(user: { id: string }, env: string): string {
  return crypto.createHash("sha256").update(user.id + env).digest("hex");
}
export function remember(v: unknown) {
  seen.push(v);
}
export function stamp(row: { id: string }, id: string) {
  row.id = id;
}
export const logger = { error: (msg: string, meta: unknown) => crypto.randomUUID() && console.error(msg, meta) };
