import { prisma } from "./db";
// The file's own helper of the name.
async function getCurrentUser(): Promise<{ id: string }> {
	return { id: "session" };
}
export async function declaredHere() {
	const user = await getCurrentUser();
	return prisma.organisationUser.findMany({ where: { userId: user.id } });
}
