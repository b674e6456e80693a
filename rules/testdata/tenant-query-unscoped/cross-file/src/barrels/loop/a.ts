// Re-exports that lead back to each other: followed a few hops, then
// given up.
export { assertCustomer } from "./b";
