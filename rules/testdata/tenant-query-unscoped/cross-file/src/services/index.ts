// Another function re-exported under the checking one's name.
export { findCustomerInOrganization as assertCustomer } from "../customers/lookup";
