export const helper25 = () => 25;
