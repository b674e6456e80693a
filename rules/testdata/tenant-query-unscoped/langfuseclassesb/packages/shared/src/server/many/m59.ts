export const helper59 = () => 59;
