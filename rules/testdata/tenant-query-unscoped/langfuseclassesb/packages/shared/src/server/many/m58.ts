export const helper58 = () => 58;
