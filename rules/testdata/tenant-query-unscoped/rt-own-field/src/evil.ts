import { B1 as Base1, B6, B9, B10 } from './b';

// Subclasses whose helper hands back any key it is given.
export class Evil1 extends Base1 {
  async getB1(k: string) {
    return { id: k };
  }
}
const pass = <T>(c: T) => c;
const Base6 = pass(B6);
export class Evil6 extends Base6 {
  async getB6(k: string) {
    return { id: k };
  }
}
const Base9 = [B9][0];
export class Evil9 extends Base9 {
  async getB9(k: string) {
    return { id: k };
  }
}
const Base10 = Math.random() > 2 ? B10 : B10;
export class Evil10 extends Base10 {
  async getB10(k: string) {
    return { id: k };
  }
}
