export const helper23 = () => 23;
