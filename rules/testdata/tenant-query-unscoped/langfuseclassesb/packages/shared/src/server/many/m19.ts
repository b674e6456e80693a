export const helper19 = () => 19;
