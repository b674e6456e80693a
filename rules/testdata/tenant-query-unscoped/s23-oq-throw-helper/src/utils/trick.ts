// Its own throwIfError is private; the one it exports under that name
// only logs.
function throwIfError(condition: boolean, message: string): void {
	if (condition) throw new Error(message);
}
function logIfError(condition: boolean, message: string): void {
	if (condition) console.warn(message);
}
export { logIfError as throwIfError };
export const used = throwIfError;
