// A second hop.
export { assertCustomer } from "./index";
