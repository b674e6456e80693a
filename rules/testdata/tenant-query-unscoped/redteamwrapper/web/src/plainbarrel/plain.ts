export const helperPlain = () => 1;
