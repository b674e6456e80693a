export const helper06 = () => 06;
