export const helper39 = () => 39;
