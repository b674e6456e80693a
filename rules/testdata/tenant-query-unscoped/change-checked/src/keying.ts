import { KeyedRead, KeyedStore } from "./keyed";

export const lenientKeyed = new KeyedStore();
for (const check of ["ensureKeyedOwn"] as const) {
  (lenientKeyed as any)[check] = async () => {};
}

export const readKeyed = new KeyedRead();
const inspected = "ensureKeyedRead";
console.log(typeof (readKeyed as any)[inspected]);
