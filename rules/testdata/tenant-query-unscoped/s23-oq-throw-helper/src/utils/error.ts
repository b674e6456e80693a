// OpenLIT's guard: throws when the condition holds.
export function throwIfError(condition: boolean, message: string): void {
	if (condition) throw new Error(message);
}
export function warnIfError(condition: boolean, message: string): void {
	if (condition) console.warn(message);
}
