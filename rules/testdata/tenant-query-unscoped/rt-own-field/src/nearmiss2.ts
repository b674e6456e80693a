// A class of another file setting members of its own by computed keys,
// in a file that runs no code on another this: quiet.
export class Own {
  private store: Record<string, string> = {};
  put(key: string, value: string) {
    (this as any)[key] = value;
    this[key as 'store'] = {};
  }
}
