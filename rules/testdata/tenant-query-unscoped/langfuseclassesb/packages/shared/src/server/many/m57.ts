export const helper57 = () => 57;
