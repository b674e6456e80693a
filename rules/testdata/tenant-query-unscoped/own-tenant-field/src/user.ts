import { SetOutside, Extended } from './outside';

export function retarget(s: SetOutside, id: string) {
  s.tenantKey = id;
}
export class Sub extends Extended {
  move(id: string) {
    this.ownerKey = id;
  }
}

export function merge(target: object, from: object) {
  return Object.assign({}, target, from);
}
