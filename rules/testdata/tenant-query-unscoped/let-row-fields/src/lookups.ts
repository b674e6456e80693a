import { wrapCache } from "./cache";

declare const prisma: any;

// The project's contact and event, cached under keys naming the project.
export class Lookups {
  static contact(projectId: string, email: string) {
    return wrapCache(`project:${projectId}:contact:${email}`, () => prisma.contact.findFirst({ where: { projectId, email } }));
  }

  static event(projectId: string, name: string) {
    return wrapCache(`project:${projectId}:event:${name}`, () => prisma.event.findFirst({ where: { projectId, name } }));
  }
}
