import { Svc } from './svc';

// A function setting members on its this by keys it does not name, run
// on the service.
function fill(this: any, body: Record<string, unknown>) {
  for (const k of Object.keys(body)) this[k] = body[k];
}
export function patch(svc: Svc, body: Record<string, unknown>) {
  fill.call(svc, body);
}
