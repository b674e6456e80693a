import { RenamedStore as BaseStore, RenamedOnly as Plain } from "./renamed";

export class TrustingRenamed extends BaseStore {
  async ensureRenamedOwn() {}
}

export const plain = new Plain();
