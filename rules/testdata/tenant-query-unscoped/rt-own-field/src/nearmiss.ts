// Code of another file that sets no member of an object it is handed:
// the services of this case stay proven.
export function copy(a: object, b: object) {
  return Object.assign({}, a, b);
}
export function shapes(pair: [string, string], list: string[], i: number) {
  let [x, y] = pair;
  [x, y] = [y, x];
  list[0] = x;
  const byName: Record<string, string> = {};
  byName['fixed'] = y;
  return list[i] == x || list[i] != y || list[i] === byName['fixed'];
}
export function dictionaries(proto: object) {
  const byId: Record<string, string> = Object.create(null);
  return [byId, Object.create(proto), Object.create(Object.prototype)];
}
export function deletes(byName: Record<string, string>, o: { note?: string }) {
  delete byName['fixed'];
  delete o.note;
}
// The file's own functions named like a library's copier, and copies onto
// a new literal.
export function merge(a: object, b: object): object {
  return { ...a, ...b };
}
export class Settings {
  defaults(a: object) {
    return a;
  }
}
declare const _: { merge(...o: object[]): object };
export const merged = _.merge({}, { a: 1 });
