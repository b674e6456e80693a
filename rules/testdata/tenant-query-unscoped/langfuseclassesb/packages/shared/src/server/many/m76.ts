export const helper76 = () => 76;
