export const helper20 = () => 20;
