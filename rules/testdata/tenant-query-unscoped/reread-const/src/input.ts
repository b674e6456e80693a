// An input whose postId is a getter: each read may give another id.
export class PostInput {
  private reads = 0;

  constructor(private readonly ids: string[]) {}

  get postId(): string {
    return this.ids[Math.min(this.reads++, this.ids.length - 1)];
  }
}

// A plain input: a field, the same on each read.
export class CommentInput {
  constructor(readonly commentId: string) {}
}
