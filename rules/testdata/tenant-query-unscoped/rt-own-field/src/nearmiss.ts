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
export class Own {
  private store: Record<string, string> = {};
  put(key: string, value: string) {
    (this as any)[key] = value;
    this[key as 'store'] = {};
  }
}
export function dictionaries(proto: object) {
  const byId: Record<string, string> = Object.create(null);
  return [byId, Object.create(proto), Object.create(Object.prototype)];
}
export function deletes(byName: Record<string, string>, o: { note?: string }) {
  delete byName['fixed'];
  delete o.note;
}
