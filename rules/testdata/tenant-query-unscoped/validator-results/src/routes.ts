import { requireWorkspace } from "./lib/access";
import { validateTags } from "./lib/tags";

declare const db: any;

export async function PATCH(id: string, body: { title: string; tags?: string[] }) {
  const accessData = await requireWorkspace();
  if (!accessData.ok) {
    return accessData.response;
  }
  const { workspaceId } = accessData;
  const tagValidation = await validateTags(body.tags, workspaceId);
  if (!tagValidation.success) {
    return tagValidation.response;
  }
  const { uniqueIds } = tagValidation;
  const post = await db.post.findFirst({ where: { id, workspaceId } });
  if (!post) {
    return null;
  }
  return db.post.update({
    where: { id },
    data: { title: body.title, tags: body.tags ? { set: uniqueIds.map((tagId) => ({ id: tagId })) } : undefined },
  });
}

export async function setAlerts(alerts: boolean) {
  const accessData = await requireWorkspace();
  if (!accessData.ok) {
    return accessData.response;
  }
  const { member } = accessData;
  await db.memberSettings.upsert({
    where: { memberId: member.id },
    create: { memberId: member.id, alerts },
    update: { alerts },
  });
}

// The check's result is read but the caller goes on when it failed.
export async function setAlertsLogged(alerts: boolean) {
  const accessData = await requireWorkspace();
  if (!accessData.ok) {
    console.log("no access");
  }
  const { member } = accessData as { member: { id: string } };
  await db.memberSettings.upsert({ // want "upsert on tenant-scoped \"MemberSettings\" does not filter by the tenant"
    where: { memberId: member.id },
    create: { memberId: member.id, alerts }, // want "upsert on \"MemberSettings\" links a \"Member\" by \"memberId\" alone"
    update: { alerts },
  });
}
