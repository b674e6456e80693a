export type CustomerId = string;
export const customerLabel = (id: string) => `customer ${id}`;
