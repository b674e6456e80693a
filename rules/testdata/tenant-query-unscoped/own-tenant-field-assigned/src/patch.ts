export function patch(target: object, body: Record<string, unknown>) {
  Object.assign(target, body);
}
