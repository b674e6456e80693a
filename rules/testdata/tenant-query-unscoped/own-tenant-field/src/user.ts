import { SetOutside, Extended } from './outside';

export function retarget(s: SetOutside, id: string) {
  s.tenantKey = id;
}
export class Sub extends Extended {
  move(id: string) {
    this.ownerKey = id;
  }
}
