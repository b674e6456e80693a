import { B11 as Renamed } from './b';

const pass = <T>(c: T) => c;
const Base11 = pass(Renamed);
export class Evil11 extends Base11 {
  async getB11(k: string) {
    return { id: k };
  }
}
