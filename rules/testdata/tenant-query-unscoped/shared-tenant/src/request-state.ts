import { note } from "./audit-log";

// The request's organization, kept by a middleware in module state that
// other files import: a let (ES imports are live views of it), a static
// field of a class, and a getter of the let. Consts beside them never
// change.
export let activeOrg = "";
let heldOrg = "";
export const DEFAULT_ORG = "default";
const FIXED_ORG = "fixed";

export function setOrg(orgId: string) {
  activeOrg = orgId;
  heldOrg = orgId;
  RequestState.orgId = orgId;
}

export function currentOrgOf() {
  return heldOrg;
}

// A getter that also runs code of a module the rule cannot read.
export function currentOrgNoted() {
  note("read");
  return heldOrg;
}

export function fixedOrg() {
  return FIXED_ORG;
}

export { heldOrg as sharedOrg };

export class RequestState {
  static orgId = "";
  static readonly home = "home";
}
