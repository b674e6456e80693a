declare const prisma: any;

// A helper the base class's methods await on this before a write by id,
// hidden in a subclass by an instance field (or a method) of the same
// name: for the subclass's instances this.findOwned is that one, which
// looks nothing up, so the base's write by id alone is not proven.
export class ProjectService {
  async findOwned(organizationId: string, id: string) {
    const project = await prisma.project.findFirst({ where: { id, organizationId } });
    if (!project) throw new Error("not found");
    return project;
  }

  async remove(organizationId: string, id: string) {
    await this.findOwned(organizationId, id);
    return prisma.project.delete({ where: { id } }); // want "delete on tenant-scoped \"Project\" does not filter by the tenant"
  }
}

export class AdminProjectService extends ProjectService {
  findOwned = async (_organizationId: string, id: string) => ({ id, organizationId: "" });
}

export class TaskService {
  async findOwned(organizationId: string, id: string) {
    const task = await prisma.task.findFirst({ where: { id, organizationId } });
    if (!task) throw new Error("not found");
    return task;
  }

  async remove(organizationId: string, id: string) {
    await this.findOwned(organizationId, id);
    return prisma.task.delete({ where: { id } }); // want "delete on tenant-scoped \"Task\" does not filter by the tenant"
  }
}

export class ArchivedTaskService extends TaskService {
  async findOwned(_organizationId: string, id: string) {
    return { id, organizationId: "" };
  }
}

// The same with the subclass in another file (admin.ts).
export class BoardService {
  async findOwned(organizationId: string, id: string) {
    const project = await prisma.project.findFirst({ where: { id, organizationId } });
    if (!project) throw new Error("not found");
    return project;
  }

  async archive(organizationId: string, id: string) {
    await this.findOwned(organizationId, id);
    return prisma.project.update({ where: { id }, data: { name: "archived" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }
}

// A helper whose found row the base's method writes by, overridden in
// another file by one that returns a cached row of any organization.
export class ColumnService {
  async requireOwn(id: string, organizationId: string) {
    const project = await prisma.project.findFirst({ where: { id, organizationId } });
    if (!project) throw new Error("not found");
    return project;
  }

  async rename(id: string, organizationId: string, name: string) {
    const existing = await this.requireOwn(id, organizationId);
    return prisma.project.update({ where: { id: existing.id }, data: { name } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }
}

// Twin: a helper no subclass can hide (private). A public one of a class
// whose subclass names other members only is still reported: a subclass
// of that subclass, or a computed member name, may override it.
export class NoteService {
  private async findOwnedProject(organizationId: string, id: string) {
    const project = await prisma.project.findFirst({ where: { id, organizationId } });
    if (!project) throw new Error("not found");
    return project;
  }

  async findOwnedTask(organizationId: string, id: string) {
    const task = await prisma.task.findFirst({ where: { id, organizationId } });
    if (!task) throw new Error("not found");
    return task;
  }

  async removeProject(organizationId: string, id: string) {
    await this.findOwnedProject(organizationId, id);
    return prisma.project.delete({ where: { id } });
  }

  async removeTask(organizationId: string, id: string) {
    await this.findOwnedTask(organizationId, id);
    return prisma.task.delete({ where: { id } }); // want "delete on tenant-scoped \"Task\" does not filter by the tenant"
  }
}

export class LoggedNoteService extends NoteService {
  log = (msg: string) => console.log(msg);
}
