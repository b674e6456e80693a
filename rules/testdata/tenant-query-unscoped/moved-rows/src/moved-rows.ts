declare const prisma: any;

// postiz's createOrUpdatePost: both sides of the upsert connect the row to the
// caller's organization, so the rows it returns are the organization's.
export async function createOrUpdate(orgId: string, body: { value: { id?: string; content: string }[] }, tagIds: string[], extra: any) {
  const posts: any[] = [];
  for (const value of body.value) {
    const updateData = (type: "create" | "update") => ({
      content: value.content,
      ...(posts?.[posts.length - 1]?.id
        ? { parentPost: { connect: { id: posts[posts.length - 1]?.id } } }
        : type === "update"
        ? { parentPost: { disconnect: true } }
        : {}),
      organization: { connect: { id: orgId } },
    });
    posts.push(
      await prisma.post.upsert({ // want "upsert on tenant-scoped \"Post\" does not filter"
        where: { id: value.id || "x" },
        create: { ...updateData("create") }, // want "cannot see what upsert on \"Post\" links through this spread"
        update: { ...updateData("update"), group: "g" }, // want "cannot see what upsert on \"Post\" links through this spread"
      })
    );
    if (posts.length === 1) {
      await prisma.tagsPosts.deleteMany({ where: { post: { id: posts[0].id } } });
      await prisma.post.update({
        where: { id: posts[posts.length - 1].id },
        data: { tags: { createMany: { data: tagIds.map((tagId) => ({ tagId })) } } },
      });
    }
  }
  return { posts };
}

// The update leaves the row in whatever organization it was: only a create moves it.
export async function updateKeeps(orgId: string, body: { value: { id?: string; content: string }[] }, tagIds: string[], extra: any) {
  const posts: any[] = [];
  for (const value of body.value) {
    const updateData = (type: "create" | "update") => ({
      content: value.content,
      ...(posts?.[posts.length - 1]?.id
        ? { parentPost: { connect: { id: posts[posts.length - 1]?.id } } }
        : type === "update"
        ? { parentPost: { disconnect: true } }
        : {}),
      organization: { connect: { id: orgId } },
    });
    posts.push(
      await prisma.post.upsert({ // want "upsert on tenant-scoped \"Post\" does not filter"
        where: { id: value.id || "x" },
        create: { ...updateData("create") }, // want "cannot see what upsert on \"Post\" links through this spread"
        update: { content: "c", group: "g" },
      })
    );
    if (posts.length === 1) {
      await prisma.tagsPosts.deleteMany({ where: { post: { id: posts[0].id } } }); // want "deleteMany on tenant-scoped \"TagsPosts\" does not filter"
      await prisma.post.update({ // want "update on tenant-scoped \"Post\" does not filter"
        where: { id: posts[posts.length - 1].id },
        data: { tags: { createMany: { data: tagIds.map((tagId) => ({ tagId })) } } },
      });
    }
  }
  return { posts };
}

// A tenant that may be undefined is no tenant: Prisma drops it.
export async function mayBeUndefined(orgId: string, body: { value: { id?: string; content: string }[] }, tagIds: string[], extra: any, maybeOrg?: string) {
  const posts: any[] = [];
  for (const value of body.value) {
    const updateData = (type: "create" | "update") => ({
      content: value.content,
      ...(posts?.[posts.length - 1]?.id
        ? { parentPost: { connect: { id: posts[posts.length - 1]?.id } } }
        : type === "update"
        ? { parentPost: { disconnect: true } }
        : {}),
      organization: { connect: { id: maybeOrg } },
    });
    posts.push(
      await prisma.post.upsert({ // want "upsert on tenant-scoped \"Post\" does not filter"
        where: { id: value.id || "x" },
        create: { ...updateData("create") }, // want "cannot see what upsert on \"Post\" links through this spread"
        update: { ...updateData("update"), group: "g" }, // want "cannot see what upsert on \"Post\" links through this spread"
      })
    );
    if (posts.length === 1) {
      await prisma.tagsPosts.deleteMany({ where: { post: { id: posts[0].id } } }); // want "deleteMany on tenant-scoped \"TagsPosts\" does not filter"
      await prisma.post.update({ // want "update on tenant-scoped \"Post\" does not filter"
        where: { id: posts[posts.length - 1].id },
        data: { tags: { createMany: { data: tagIds.map((tagId) => ({ tagId })) } } },
      });
    }
  }
  return { posts };
}

// A spread after the tenant that may replace it.
export async function spreadAfter(orgId: string, body: { value: { id?: string; content: string }[] }, tagIds: string[], extra: any) {
  const posts: any[] = [];
  for (const value of body.value) {
    const updateData = (type: "create" | "update") => ({
      content: value.content,
      ...(posts?.[posts.length - 1]?.id
        ? { parentPost: { connect: { id: posts[posts.length - 1]?.id } } }
        : type === "update"
        ? { parentPost: { disconnect: true } }
        : {}),
      organization: { connect: { id: orgId } },
    });
    posts.push(
      await prisma.post.upsert({ // want "upsert on tenant-scoped \"Post\" does not filter"
        where: { id: value.id || "x" },
        create: { ...updateData("create") }, // want "cannot see what upsert on \"Post\" links through this spread"
        update: { ...updateData("update"), ...extra }, // want "cannot see what upsert on \"Post\" links through this spread" "cannot see what upsert on \"Post\" links through this spread"
      })
    );
    if (posts.length === 1) {
      await prisma.tagsPosts.deleteMany({ where: { post: { id: posts[0].id } } }); // want "deleteMany on tenant-scoped \"TagsPosts\" does not filter"
      await prisma.post.update({ // want "update on tenant-scoped \"Post\" does not filter"
        where: { id: posts[posts.length - 1].id },
        data: { tags: { createMany: { data: tagIds.map((tagId) => ({ tagId })) } } },
      });
    }
  }
  return { posts };
}

// A write of another model between may move the row.
export async function otherModelWrite(orgId: string, body: { value: { id?: string; content: string }[] }, tagIds: string[], extra: any) {
  const posts: any[] = [];
  for (const value of body.value) {
    const updateData = (type: "create" | "update") => ({
      content: value.content,
      ...(posts?.[posts.length - 1]?.id
        ? { parentPost: { connect: { id: posts[posts.length - 1]?.id } } }
        : type === "update"
        ? { parentPost: { disconnect: true } }
        : {}),
      organization: { connect: { id: orgId } },
    });
    posts.push(
      await prisma.post.upsert({ // want "upsert on tenant-scoped \"Post\" does not filter"
        where: { id: value.id || "x" },
        create: { ...updateData("create") }, // want "cannot see what upsert on \"Post\" links through this spread"
        update: { ...updateData("update"), group: "g" }, // want "cannot see what upsert on \"Post\" links through this spread"
      })
    );
    await prisma.log.create({ data: { postId: posts[0].id } });
    if (posts.length === 1) {
      await prisma.tagsPosts.deleteMany({ where: { post: { id: posts[0].id } } }); // want "deleteMany on tenant-scoped \"TagsPosts\" does not filter"
      await prisma.post.update({ // want "update on tenant-scoped \"Post\" does not filter"
        where: { id: posts[posts.length - 1].id },
        data: { tags: { createMany: { data: tagIds.map((tagId) => ({ tagId })) } } },
      });
    }
  }
  return { posts };
}

// A write of the model whose data the rule cannot read.
export async function unreadWrite(orgId: string, body: { value: { id?: string; content: string }[] }, tagIds: string[], extra: any) {
  const posts: any[] = [];
  for (const value of body.value) {
    const updateData = (type: "create" | "update") => ({
      content: value.content,
      ...(posts?.[posts.length - 1]?.id
        ? { parentPost: { connect: { id: posts[posts.length - 1]?.id } } }
        : type === "update"
        ? { parentPost: { disconnect: true } }
        : {}),
      organization: { connect: { id: orgId } },
    });
    posts.push(
      await prisma.post.upsert({ // want "upsert on tenant-scoped \"Post\" does not filter"
        where: { id: value.id || "x" },
        create: { ...updateData("create") }, // want "cannot see what upsert on \"Post\" links through this spread"
        update: { ...updateData("update"), group: "g" }, // want "cannot see what upsert on \"Post\" links through this spread"
      })
    );
    await prisma.post.updateMany({ where: { organizationId: orgId }, data: { ...extra } }); // want "cannot see what updateMany on \"Post\" links through this spread"
    if (posts.length === 1) {
      await prisma.tagsPosts.deleteMany({ where: { post: { id: posts[0].id } } }); // want "deleteMany on tenant-scoped \"TagsPosts\" does not filter"
      await prisma.post.update({ // want "update on tenant-scoped \"Post\" does not filter"
        where: { id: posts[posts.length - 1].id },
        data: { tags: { createMany: { data: tagIds.map((tagId) => ({ tagId })) } } },
      });
    }
  }
  return { posts };
}

// Raw SQL between may move the row.
export async function rawBetween(orgId: string, body: { value: { id?: string; content: string }[] }, tagIds: string[], extra: any) {
  const posts: any[] = [];
  for (const value of body.value) {
    const updateData = (type: "create" | "update") => ({
      content: value.content,
      ...(posts?.[posts.length - 1]?.id
        ? { parentPost: { connect: { id: posts[posts.length - 1]?.id } } }
        : type === "update"
        ? { parentPost: { disconnect: true } }
        : {}),
      organization: { connect: { id: orgId } },
    });
    posts.push(
      await prisma.post.upsert({ // want "upsert on tenant-scoped \"Post\" does not filter"
        where: { id: value.id || "x" },
        create: { ...updateData("create") }, // want "cannot see what upsert on \"Post\" links through this spread"
        update: { ...updateData("update"), group: "g" }, // want "cannot see what upsert on \"Post\" links through this spread"
      })
    );
    await prisma.$executeRaw`UPDATE "Post" SET "content" = ${extra.c} WHERE "organizationId" = ${orgId}`;
    if (posts.length === 1) {
      await prisma.tagsPosts.deleteMany({ where: { post: { id: posts[0].id } } }); // want "deleteMany on tenant-scoped \"TagsPosts\" does not filter"
      await prisma.post.update({ // want "update on tenant-scoped \"Post\" does not filter"
        where: { id: posts[posts.length - 1].id },
        data: { tags: { createMany: { data: tagIds.map((tagId) => ({ tagId })) } } },
      });
    }
  }
  return { posts };
}

// The row's id given another value.
export async function idRewritten(orgId: string, body: { value: { id?: string; content: string }[] }, tagIds: string[], extra: any) {
  const posts: any[] = [];
  for (const value of body.value) {
    const updateData = (type: "create" | "update") => ({
      content: value.content,
      ...(posts?.[posts.length - 1]?.id
        ? { parentPost: { connect: { id: posts[posts.length - 1]?.id } } }
        : type === "update"
        ? { parentPost: { disconnect: true } }
        : {}),
      organization: { connect: { id: orgId } },
    });
    posts.push(
      await prisma.post.upsert({ // want "upsert on tenant-scoped \"Post\" does not filter"
        where: { id: value.id || "x" },
        create: { ...updateData("create") }, // want "cannot see what upsert on \"Post\" links through this spread"
        update: { ...updateData("update"), group: "g" }, // want "cannot see what upsert on \"Post\" links through this spread"
      })
    );
    posts[0].id = extra.id;
    if (posts.length === 1) {
      await prisma.tagsPosts.deleteMany({ where: { post: { id: posts[0].id } } }); // want "deleteMany on tenant-scoped \"TagsPosts\" does not filter"
      await prisma.post.update({ // want "update on tenant-scoped \"Post\" does not filter"
        where: { id: posts[posts.length - 1].id },
        data: { tags: { createMany: { data: tagIds.map((tagId) => ({ tagId })) } } },
      });
    }
  }
  return { posts };
}

// The list handed to a function that may change it.
export async function listHanded(orgId: string, body: { value: { id?: string; content: string }[] }, tagIds: string[], extra: any) {
  const posts: any[] = [];
  for (const value of body.value) {
    const updateData = (type: "create" | "update") => ({
      content: value.content,
      ...(posts?.[posts.length - 1]?.id
        ? { parentPost: { connect: { id: posts[posts.length - 1]?.id } } }
        : type === "update"
        ? { parentPost: { disconnect: true } }
        : {}),
      organization: { connect: { id: orgId } },
    });
    posts.push(
      await prisma.post.upsert({ // want "upsert on tenant-scoped \"Post\" does not filter"
        where: { id: value.id || "x" },
        create: { ...updateData("create") }, // want "cannot see what upsert on \"Post\" links through this spread"
        update: { ...updateData("update"), group: "g" }, // want "cannot see what upsert on \"Post\" links through this spread"
      })
    );
    extra.track(posts);
    if (posts.length === 1) {
      await prisma.tagsPosts.deleteMany({ where: { post: { id: posts[0].id } } }); // want "deleteMany on tenant-scoped \"TagsPosts\" does not filter"
      await prisma.post.update({ // want "update on tenant-scoped \"Post\" does not filter"
        where: { id: posts[posts.length - 1].id },
        data: { tags: { createMany: { data: tagIds.map((tagId) => ({ tagId })) } } },
      });
    }
  }
  return { posts };
}

// A row pushed that no write returned.
export async function otherPushed(orgId: string, body: { value: { id?: string; content: string }[] }, tagIds: string[], extra: any) {
  const posts: any[] = [];
  for (const value of body.value) {
    const updateData = (type: "create" | "update") => ({
      content: value.content,
      ...(posts?.[posts.length - 1]?.id
        ? { parentPost: { connect: { id: posts[posts.length - 1]?.id } } }
        : type === "update"
        ? { parentPost: { disconnect: true } }
        : {}),
      organization: { connect: { id: orgId } },
    });
    posts.push(
      await prisma.post.upsert({ // want "upsert on tenant-scoped \"Post\" does not filter"
        where: { id: value.id || "x" },
        create: { ...updateData("create") }, // want "cannot see what upsert on \"Post\" links through this spread"
        update: { ...updateData("update"), group: "g" }, // want "cannot see what upsert on \"Post\" links through this spread"
      })
    );
    posts.push(extra.post);
    if (posts.length === 1) {
      await prisma.tagsPosts.deleteMany({ where: { post: { id: posts[0].id } } }); // want "deleteMany on tenant-scoped \"TagsPosts\" does not filter"
      await prisma.post.update({ // want "update on tenant-scoped \"Post\" does not filter"
        where: { id: posts[posts.length - 1].id },
        data: { tags: { createMany: { data: tagIds.map((tagId) => ({ tagId })) } } },
      });
    }
  }
  return { posts };
}

// A write of another model later in the loop runs before the next turn's calls.
export async function laterInLoop(orgId: string, body: { value: { id?: string; content: string }[] }, tagIds: string[], extra: any) {
  const posts: any[] = [];
  for (const value of body.value) {
    const updateData = (type: "create" | "update") => ({
      content: value.content,
      ...(posts?.[posts.length - 1]?.id
        ? { parentPost: { connect: { id: posts[posts.length - 1]?.id } } }
        : type === "update"
        ? { parentPost: { disconnect: true } }
        : {}),
      organization: { connect: { id: orgId } },
    });
    posts.push(
      await prisma.post.upsert({ // want "upsert on tenant-scoped \"Post\" does not filter"
        where: { id: value.id || "x" },
        create: { ...updateData("create") }, // want "cannot see what upsert on \"Post\" links through this spread"
        update: { ...updateData("update"), group: "g" }, // want "cannot see what upsert on \"Post\" links through this spread"
      })
    );
    if (posts.length === 1) {
      await prisma.tagsPosts.deleteMany({ where: { post: { id: posts[0].id } } }); // want "deleteMany on tenant-scoped \"TagsPosts\" does not filter"
      await prisma.post.update({ // want "update on tenant-scoped \"Post\" does not filter"
        where: { id: posts[posts.length - 1].id },
        data: { tags: { createMany: { data: tagIds.map((tagId) => ({ tagId })) } } },
      });
    }
    await prisma.log.create({ data: { postId: posts[0].id } });
  }
  return { posts };
}

