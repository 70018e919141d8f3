/**
 * An error meant for the user: its code lets the UI decide what to offer, its message names the problem
 * and what to do. Anything else thrown is a bug and reaches the user only as a generic "internal" error.
 */
export class CopydeskError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CopydeskError';
  }
}

export function isCopydeskError(error: unknown): error is CopydeskError {
  return error instanceof CopydeskError;
}
