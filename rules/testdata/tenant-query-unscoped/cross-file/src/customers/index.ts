// One re-export hop: callers import the helpers through the folder.
export { assertCustomer } from "./lookup";
