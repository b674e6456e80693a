export const helper49 = () => 49;
