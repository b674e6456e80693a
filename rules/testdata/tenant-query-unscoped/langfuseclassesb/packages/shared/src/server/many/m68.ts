export const helper68 = () => 68;
