const hooks: Array<() => void> = [];
export function register(fn: () => void) {
  hooks.push(fn);
  fn();
}
export async function pickOrganization(userId: string): Promise<string> {
  return userId;
}
export function extra(): Record<string, string> {
  return { organizationId: "other" };
}
export function later(fn: () => Promise<unknown>) {
  setTimeout(fn, 0);
}
