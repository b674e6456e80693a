import { Svc } from './svc';

// The field set by destructuring and by a for-of target: no `.instanceId =`.
export function fromBody(svc: Svc, body: { instanceId: string }) {
  ({ instanceId: (svc as any).instanceId } = body);
}
export function fromList(svc: Svc, ids: string[]) {
  [(svc as any).instanceId] = ids;
}
export function each(svc: Svc, ids: string[]) {
  for ((svc as any).instanceId of ids) void svc;
}
