export const helper05 = () => 05;
