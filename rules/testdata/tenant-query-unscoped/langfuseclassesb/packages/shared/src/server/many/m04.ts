export const helper04 = () => 04;
