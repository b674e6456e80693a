export const helper35 = () => 35;
