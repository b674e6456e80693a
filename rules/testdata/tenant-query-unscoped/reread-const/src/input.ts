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

// An input whose draftId another statement of the file makes a getter,
// through its prototype: each read may give another id.
export class DraftInput {
  constructor(readonly ids: string[]) {}
}
let draftReads = 0;
Object.defineProperty(DraftInput.prototype, "draftId", {
  get(this: DraftInput) {
    return this.ids[Math.min(draftReads++, this.ids.length - 1)];
  },
});

// One whose keys are defined together, a getter among them.
export class NoteInput {
  constructor(readonly ids: string[]) {}
}
Object.defineProperties(NoteInput.prototype, {
  noteId: { get: () => String(Date.now()) },
});
