export const helper53 = () => 53;
