export const helper73 = () => 73;
