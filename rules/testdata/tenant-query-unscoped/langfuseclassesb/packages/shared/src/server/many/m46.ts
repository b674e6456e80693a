export const helper46 = () => 46;
