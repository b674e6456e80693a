export const helper47 = () => 47;
