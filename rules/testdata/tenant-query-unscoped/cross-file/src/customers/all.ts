// A second hop: not followed.
export { assertCustomer } from "./index";
