import GuardrailBase, { DefaultSibling } from "./defaulted";

export class TrustingDefault extends GuardrailBase {
  async ensureDefaultOwn() {}
}

export const sibling = new DefaultSibling();
