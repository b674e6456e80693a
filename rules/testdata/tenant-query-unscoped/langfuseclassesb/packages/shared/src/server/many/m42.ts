export const helper42 = () => 42;
