import * as mod from './b';

const pass = <T>(c: T) => c;
const Base12 = pass(mod.B12);
export class Evil12 extends Base12 {
  async getB12(k: string) {
    return { id: k };
  }
}
// Quiet: constructed through the namespace.
export const made = (p: any) => new mod.B0(p, 't');
