export const helper79 = () => 79;
