export const helper66 = () => 66;
