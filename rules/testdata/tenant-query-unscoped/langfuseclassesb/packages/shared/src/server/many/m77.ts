export const helper77 = () => 77;
