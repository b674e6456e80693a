// Code the rule does not read.
export { register, pickOrganization, extra, later } from "./authimpl";
