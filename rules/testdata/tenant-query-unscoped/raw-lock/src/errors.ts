export type ErrorLabel = "Booking" | "Assets";

export class ShelfError extends Error {
  constructor(public options: { cause: unknown; message: string; additionalData?: object; label: ErrorLabel; status?: number }) {
    super(options.message);
  }
}
