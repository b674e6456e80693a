export const helper08 = () => 08;
