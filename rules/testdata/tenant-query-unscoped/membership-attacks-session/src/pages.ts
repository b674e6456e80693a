import { getServerSession } from "next-auth/next";
import type { NextApiRequest, NextApiResponse } from "next";
import { authOptions } from "./options";

declare const prisma: any;

// Twin: the pages router's form, the request and response given first.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  const user = await prisma.user.findUnique({ where: { email: session?.user?.email as string } });
  res.json(user);
}
