import { v4 } from "uuid";
import { db } from "./db";

type Copied = { name: string; versions: { value: string; environment: { name: string } }[] };

// keyshade's project copy: a map of environment ids, each one found under
// the target project or made fresh by a create under it, read by the
// versions of a variable created under that same project.
export async function copyProject(toProject: { id: string }, fromProject: { id: string }, variables: Copied[]) {
  const envNameToIdMap = {};
  const [environments, others] = await db.$transaction([
    db.environment.findMany({ where: { projectId: toProject.id } }), // want "findMany on tenant-scoped \"Environment\""
    db.variable.findMany({ where: { projectId: toProject.id } }), // want "findMany on tenant-scoped \"Variable\""
  ]);
  environments.forEach((env) => {
    envNameToIdMap[env.name] = env.id;
  });
  const missing = await db.environment.findMany({ where: { projectId: fromProject.id } }); // want "findMany on tenant-scoped \"Environment\""
  const ops = [];
  for (const environment of missing) {
    const newEnvironmentId = v4();
    envNameToIdMap[environment.name] = newEnvironmentId;
    ops.push(db.environment.create({ data: { id: newEnvironmentId, name: environment.name, projectId: toProject.id } })); // want "create on \"Environment\" links a \"Project\" by \"projectId\" alone"
  }
  for (const variable of variables) {
    ops.push(
      db.variable.create({
        data: {
          name: variable.name,
          projectId: toProject.id, // want "create on \"Variable\" links a \"Project\" by \"projectId\" alone"
          versions: {
            create: variable.versions.map((version) => ({
              value: version.value,
              environmentId: envNameToIdMap[version.environment.name],
            })),
          },
        },
      }),
    );
  }
  return [others.length, ...ops];
}

// The same map read by a variable created under another project.
export async function copyElsewhere(toProject: { id: string }, otherId: string, variables: Copied[]) {
  const envNameToIdMap = {};
  const environments = await db.environment.findMany({ where: { projectId: toProject.id } }); // want "findMany on tenant-scoped \"Environment\""
  for (const env of environments) {
    envNameToIdMap[env.name] = env.id;
  }
  for (const variable of variables) {
    await db.variable.create({
      data: {
        name: variable.name,
        projectId: otherId, // want "create on \"Variable\" links a \"Project\" by \"projectId\" alone"
        versions: {
          create: variable.versions.map((version) => ({
            value: version.value,
            environmentId: envNameToIdMap[version.environment.name], // want "create on \"Variable\" links a \"Environment\" by \"environmentId\" alone"
          })),
        },
      },
    });
  }
}

// Filled from a lookup under another project than the write's.
export async function copyFromOther(toProject: { id: string }, fromProject: { id: string }, variables: Copied[]) {
  const envNameToIdMap = {};
  const environments = await db.environment.findMany({ where: { projectId: fromProject.id } }); // want "findMany on tenant-scoped \"Environment\""
  environments.forEach((env) => {
    envNameToIdMap[env.name] = env.id;
  });
  for (const variable of variables) {
    await db.variable.create({
      data: {
        name: variable.name,
        projectId: toProject.id, // want "create on \"Variable\" links a \"Project\" by \"projectId\" alone"
        versions: {
          create: variable.versions.map((version) => ({
            value: version.value,
            environmentId: envNameToIdMap[version.environment.name], // want "create on \"Variable\" links a \"Environment\" by \"environmentId\" alone"
          })),
        },
      },
    });
  }
}

// An entry written after the write from the caller's input: a loop may
// run it before the next write.
export async function copyLater(toProject: { id: string }, variables: Copied[], given: Record<string, string>) {
  const envNameToIdMap = {};
  const environments = await db.environment.findMany({ where: { projectId: toProject.id } }); // want "findMany on tenant-scoped \"Environment\""
  environments.forEach((env) => {
    envNameToIdMap[env.name] = env.id;
  });
  for (const variable of variables) {
    await db.variable.create({
      data: {
        name: variable.name,
        projectId: toProject.id, // want "create on \"Variable\" links a \"Project\" by \"projectId\" alone"
        versions: {
          create: variable.versions.map((version) => ({
            value: version.value,
            environmentId: envNameToIdMap[version.environment.name], // want "create on \"Variable\" links a \"Environment\" by \"environmentId\" alone"
          })),
        },
      },
    });
    envNameToIdMap[variable.name] = given[variable.name];
  }
}

// The map handed to a function, which may put anything in it.
export async function copyHanded(toProject: { id: string }, variables: Copied[], fill: (m: object) => void) {
  const envNameToIdMap = {};
  const environments = await db.environment.findMany({ where: { projectId: toProject.id } }); // want "findMany on tenant-scoped \"Environment\""
  environments.forEach((env) => {
    envNameToIdMap[env.name] = env.id;
  });
  fill(envNameToIdMap);
  for (const variable of variables) {
    await db.variable.create({
      data: {
        name: variable.name,
        projectId: toProject.id, // want "create on \"Variable\" links a \"Project\" by \"projectId\" alone"
        versions: {
          create: variable.versions.map((version) => ({
            value: version.value,
            environmentId: envNameToIdMap[version.environment.name], // want "create on \"Variable\" links a \"Environment\" by \"environmentId\" alone"
          })),
        },
      },
    });
  }
}

// A fresh id whose create puts the environment under another project.
export async function copyFreshElsewhere(toProject: { id: string }, otherId: string, variables: Copied[], names: string[]) {
  const envNameToIdMap = {};
  for (const name of names) {
    const newEnvironmentId = v4();
    envNameToIdMap[name] = newEnvironmentId;
    await db.environment.create({ data: { id: newEnvironmentId, name, projectId: otherId } }); // want "create on \"Environment\" links a \"Project\" by \"projectId\" alone"
  }
  for (const variable of variables) {
    await db.variable.create({
      data: {
        name: variable.name,
        projectId: toProject.id, // want "create on \"Variable\" links a \"Project\" by \"projectId\" alone"
        versions: {
          create: variable.versions.map((version) => ({
            value: version.value,
            environmentId: envNameToIdMap[version.environment.name], // want "create on \"Variable\" links a \"Environment\" by \"environmentId\" alone"
          })),
        },
      },
    });
  }
}

// A list a row was pushed onto after its lookup.
export async function copyGrown(toProject: { id: string }, variables: Copied[], extra: { id: string; name: string }) {
  const envNameToIdMap = {};
  const environments = await db.environment.findMany({ where: { projectId: toProject.id } }); // want "findMany on tenant-scoped \"Environment\""
  environments.push(extra as never);
  environments.forEach((env) => {
    envNameToIdMap[env.name] = env.id;
  });
  for (const variable of variables) {
    await db.variable.create({
      data: {
        name: variable.name,
        projectId: toProject.id, // want "create on \"Variable\" links a \"Project\" by \"projectId\" alone"
        versions: {
          create: variable.versions.map((version) => ({
            value: version.value,
            environmentId: envNameToIdMap[version.environment.name], // want "create on \"Variable\" links a \"Environment\" by \"environmentId\" alone"
          })),
        },
      },
    });
  }
}

// A row of a block's own const, not the loop's element.
export async function copyShadowed(toProject: { id: string }, variables: Copied[], other: { id: string; name: string }) {
  const envNameToIdMap = {};
  const environments = await db.environment.findMany({ where: { projectId: toProject.id } }); // want "findMany on tenant-scoped \"Environment\""
  environments.forEach((env) => {
    {
      const env = other;
      envNameToIdMap[env.name] = env.id;
    }
  });
  for (const variable of variables) {
    await db.variable.create({
      data: {
        name: variable.name,
        projectId: toProject.id, // want "create on \"Variable\" links a \"Project\" by \"projectId\" alone"
        versions: {
          create: variable.versions.map((version) => ({
            value: version.value,
            environmentId: envNameToIdMap[version.environment.name], // want "create on \"Variable\" links a \"Environment\" by \"environmentId\" alone"
          })),
        },
      },
    });
  }
}

// An entry written by a destructuring.
export async function copyDestructured(toProject: { id: string }, variables: Copied[], given: string[]) {
  const envNameToIdMap = {};
  const environments = await db.environment.findMany({ where: { projectId: toProject.id } }); // want "findMany on tenant-scoped \"Environment\""
  environments.forEach((env) => {
    envNameToIdMap[env.name] = env.id;
  });
  [envNameToIdMap["x"]] = given;
  for (const variable of variables) {
    await db.variable.create({
      data: {
        name: variable.name,
        projectId: toProject.id, // want "create on \"Variable\" links a \"Project\" by \"projectId\" alone"
        versions: {
          create: variable.versions.map((version) => ({
            value: version.value,
            environmentId: envNameToIdMap[version.environment.name], // want "create on \"Variable\" links a \"Environment\" by \"environmentId\" alone"
          })),
        },
      },
    });
  }
}

// An element's id rewritten under another name than the loop's (a
// callback of the list, a find, an Object.assign): the map then holds it.
export async function copyRewritten(toProject: { id: string }, variables: Copied[], given: string) {
  const envNameToIdMap = {};
  const environments = await db.environment.findMany({ where: { projectId: toProject.id } }); // want "findMany on tenant-scoped \"Environment\""
  environments.forEach((e) => {
    e.id = given;
  });
  environments.forEach((env) => {
    envNameToIdMap[env.name] = env.id;
  });
  for (const variable of variables) {
    await db.variable.create({
      data: {
        name: variable.name,
        projectId: toProject.id, // want "create on \"Variable\" links a \"Project\" by \"projectId\" alone"
        versions: {
          create: variable.versions.map((version) => ({
            value: version.value,
            environmentId: envNameToIdMap[version.environment.name], // want "create on \"Variable\" links a \"Environment\" by \"environmentId\" alone"
          })),
        },
      },
    });
  }
}

export async function copyFoundRewritten(toProject: { id: string }, variables: Copied[], given: object) {
  const envNameToIdMap = {};
  const environments = await db.environment.findMany({ where: { projectId: toProject.id } }); // want "findMany on tenant-scoped \"Environment\""
  Object.assign(environments.find((e) => e.name === "prod")!, given);
  environments.forEach((env) => {
    envNameToIdMap[env.name] = env.id;
  });
  for (const variable of variables) {
    await db.variable.create({
      data: {
        name: variable.name,
        projectId: toProject.id, // want "create on \"Variable\" links a \"Project\" by \"projectId\" alone"
        versions: {
          create: variable.versions.map((version) => ({
            value: version.value,
            environmentId: envNameToIdMap[version.environment.name], // want "create on \"Variable\" links a \"Environment\" by \"environmentId\" alone"
          })),
        },
      },
    });
  }
}
