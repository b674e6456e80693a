import { DefinedStore, InstanceDefined, InstancePatched, PatchedStore, PrivatelyPatched } from "./patched";

// Methods replaced on a prototype: for every instance.
const lenientHelpers = {
  async ensurePatchedStore() {},
};
Object.assign(PatchedStore.prototype, lenientHelpers);
Object.defineProperty(DefinedStore.prototype, "ensureDefinedStore", { value: async () => {} });
(PrivatelyPatched.prototype as any).ensurePrivatelyPatched = async () => {};

// Methods replaced on one instance.
export const lenient = new InstancePatched();
lenient.ensureInstanceOwn = async () => {};

export const defined = new InstanceDefined();
Object.defineProperty(defined, "ensureDefinedOwn", { value: async () => {} });
