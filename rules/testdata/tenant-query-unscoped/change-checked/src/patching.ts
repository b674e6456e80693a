import { DefinedStore, PatchedStore, PrivatelyPatched } from "./patched";

PatchedStore.prototype.ensureOwn = async function () {};
Object.defineProperty(DefinedStore.prototype, "ensureOwn", { value: async () => {} });
(PrivatelyPatched.prototype as any).ensureOwn = async () => {};
