export const helper38 = () => 38;
