export { assertCustomer } from "./a";
