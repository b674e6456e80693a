import { v4 } from "uuid";
import { makeId } from "./ids";
import { prisma } from "./db";

// A new project of the workspace with its environments and secrets
// written as lists (keyshade's new workspace): each row by a random id
// made here, under the project made the same way, so the versions link
// the rows those lists wrote, in the workspace.
export async function seedProject(workspaceId: string) {
  const projectId = v4();
  const devId = v4();
  const prodId = v4();
  const secretId = v4();
  const ops = [];
  ops.push(prisma.project.create({ data: { id: projectId, workspaceId } }));
  ops.push(
    prisma.environment.createMany({
      data: [
        { id: devId, name: "dev", projectId },
        { id: prodId, name: "prod", projectId },
      ],
    }),
  );
  ops.push(prisma.secret.createMany({ data: [{ id: secretId, name: "KEY", projectId }] }));
  ops.push(
    prisma.secretVersion.createMany({
      data: [
        { value: "a", environmentId: devId, secretId },
        { value: "b", environmentId: prodId, secretId },
      ],
    }),
  );
  await prisma.$transaction(ops);
}

// The environment's id comes from the caller: another workspace's
// environment may hold it, and the list's create fails while the version
// links that one.
export async function seedGivenEnvironment(workspaceId: string, envId: string) {
  const projectId = v4();
  const secretId = v4();
  await prisma.project.create({ data: { id: projectId, workspaceId } });
  await prisma.environment.createMany({ data: [{ id: envId, name: "dev", projectId }] });
  await prisma.secret.createMany({ data: [{ id: secretId, name: "KEY", projectId }] });
  await prisma.secretVersion.createMany({
    data: [{ value: "a", environmentId: envId, secretId }], // want "createMany on \"SecretVersion\" links a \"Environment\" by \"environmentId\" alone"
  });
}

// A fresh environment, but under a project from the caller: it is that
// project's workspace's, whichever that is.
export async function seedUnderGivenProject(projectId: string) {
  const devId = v4();
  const secretId = v4();
  await prisma.environment.createMany({ data: [{ id: devId, name: "dev", projectId }] }); // want "createMany on \"Environment\" links a \"Project\" by \"projectId\" alone"
  await prisma.secret.createMany({ data: [{ id: secretId, name: "KEY", projectId }] }); // want "createMany on \"Secret\" links a \"Project\" by \"projectId\" alone"
  await prisma.secretVersion.createMany({
    data: [{ value: "a", environmentId: devId, secretId }], // want "createMany on \"SecretVersion\" links a \"Environment\" by \"environmentId\" alone" "createMany on \"SecretVersion\" links a \"Secret\" by \"secretId\" alone"
  });
}

// A second list gives the same fresh id to a row under a project from
// the caller: that row may be the one written.
export async function seedTwice(workspaceId: string, otherProjectId: string) {
  const projectId = v4();
  const devId = v4();
  const secretId = v4();
  await prisma.project.create({ data: { id: projectId, workspaceId } });
  await prisma.secret.create({ data: { id: secretId, name: "KEY", projectId } });
  await prisma.environment.createMany({ data: [{ id: devId, name: "dev", projectId }] });
  await prisma.environment.createMany({ data: [{ id: devId, name: "dev", projectId: otherProjectId }] }); // want "createMany on \"Environment\" links a \"Project\" by \"projectId\" alone"
  await prisma.secretVersion.create({ data: { value: "a", environmentId: devId, secretId } }); // want "create on \"SecretVersion\" links a \"Environment\" by \"environmentId\" alone"
}

// The app's own id maker may return anything.
export async function seedOwnMaker(workspaceId: string) {
  const projectId = v4();
  const devId = makeId();
  const secretId = v4();
  await prisma.project.create({ data: { id: projectId, workspaceId } });
  await prisma.secret.create({ data: { id: secretId, name: "KEY", projectId } });
  await prisma.environment.createMany({ data: [{ id: devId, name: "dev", projectId }] });
  await prisma.secretVersion.create({ data: { value: "a", environmentId: devId, secretId } }); // want "create on \"SecretVersion\" links a \"Environment\" by \"environmentId\" alone"
}

// A let may hold another id by the time the version is written.
export async function seedLet(workspaceId: string, other: string) {
  const projectId = v4();
  let devId = v4();
  const secretId = v4();
  await prisma.project.create({ data: { id: projectId, workspaceId } });
  await prisma.secret.create({ data: { id: secretId, name: "KEY", projectId } });
  await prisma.environment.createMany({ data: [{ id: devId, name: "dev", projectId }] });
  if (other) devId = other;
  await prisma.secretVersion.create({ data: { value: "a", environmentId: devId, secretId } }); // want "create on \"SecretVersion\" links a \"Environment\" by \"environmentId\" alone"
}

// The project's id is fresh but a parameter of the callback hides it:
// the environment is under whatever project the caller names. (The
// secret's project is read by the name where the version is written,
// which the parameter hides too: that link is reported as well.)
export async function seedHidden(workspaceId: string, names: string[]) {
  const projectId = v4();
  const secretId = v4();
  await prisma.project.create({ data: { id: projectId, workspaceId } });
  await prisma.secret.create({ data: { id: secretId, name: "KEY", projectId } });
  const make = async (projectId: string) => {
    const devId = v4();
    await prisma.environment.createMany({ data: names.map((name) => ({ id: devId, name, projectId })) }); // want "createMany on \"Environment\" links a \"Project\" by \"projectId\" alone"
    await prisma.secretVersion.create({ data: { value: "a", environmentId: devId, secretId } }); // want "create on \"SecretVersion\" links a \"Environment\" by \"environmentId\" alone" "create on \"SecretVersion\" links a \"Secret\" by \"secretId\" alone"
  };
  await make(projectId);
}
