import _ from 'lodash';
import { Svc } from './svc';

// A library sets the field by its name as a string.
export function move(svc: Svc, other: string) {
  _.set(svc, 'instanceId', other);
}
