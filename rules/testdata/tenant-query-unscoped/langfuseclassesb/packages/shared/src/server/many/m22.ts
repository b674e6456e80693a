export const helper22 = () => 22;
