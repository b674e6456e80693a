import { Svc } from './svc';

// An object made on the service with its own field given by descriptors.
export async function asOther(svc: Svc, other: string, k: string) {
  const o: Svc = Object.create(svc, { ['instance' + 'Id']: { value: other } });
  await o.viaHelper(k);
}
