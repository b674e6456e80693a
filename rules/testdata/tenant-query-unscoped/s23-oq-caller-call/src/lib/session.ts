// The signed-in user's row, read from the request's session.
export async function getCurrentUser(): Promise<{ id: string; email: string } | null> {
	return null;
}
export async function auth(): Promise<{ user: { id: string; email: string } } | null> {
	return null;
}
export async function getUser(id: string): Promise<{ id: string; email: string } | null> {
	return { id, email: "" };
}
