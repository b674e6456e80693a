import { Svc } from './svc';

// Another file deletes the service's field.
export function reset(svc: Svc) {
  delete (svc as any).instanceId;
}
