export function makeId(): string {
  return "fixed";
}
