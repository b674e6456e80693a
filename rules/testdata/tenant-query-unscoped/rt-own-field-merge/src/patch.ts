import { merge } from 'lodash';
import { Svc } from './svc';

// A library copies a body onto the service by keys it does not name.
export function patch(svc: Svc, body: object) {
  merge(svc, body);
}
