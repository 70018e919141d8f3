import { CopydeskError, isCopydeskError } from '../../core/errors';
import { WrittenButNotSyncedError } from './durableWrite';

export type StoreErrorCode =
  'not_found' | 'in_trash' | 'not_in_trash' | 'io' | 'disk_full' | 'read_only_disk' | 'not_permitted' | 'disk_error' | 'read_only_library';

export class StoreError extends CopydeskError {
  constructor(
    override readonly code: StoreErrorCode,
    message: string,
  ) {
    super(code, message);
    this.name = 'StoreError';
  }
}

export function notFound(id: string): StoreError {
  return new StoreError('not_found', `No article with id ${id} is in the library. It may have been deleted; refresh the list.`);
}

/** The error codes that mean "this disk will not take writes now", after which the store can still be read. */
export const CANNOT_WRITE_CODES = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM']);

export function errnoOf(error: unknown): string | undefined {
  const inner = error instanceof WrittenButNotSyncedError ? error.cause : error;
  const code = (inner as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Names the cause of a failed store write and what to do. `action` says what was being done ("save
 * “Flood warning”"). `changed` is false when the operation left everything as it was (the store undoes
 * partial steps), true when the change is on disk but the disk did not confirm it.
 */
export function describeWriteFailure(error: unknown, action: string): unknown {
  if (isCopydeskError(error)) return error;
  const code = errnoOf(error);
  if (code === undefined) return error;
  const written = error instanceof WrittenButNotSyncedError;
  const outcome = written
    ? 'The change was written, but the disk did not confirm it: check the disk and save again.'
    : 'Nothing was lost; the library is as it was before.';
  switch (code) {
    case 'ENOSPC':
      return new StoreError(
        'disk_full',
        `The disk is full: Copydesk could not ${action}. Free space, then try again; ${written ? 'the change was written but may not survive a power cut.' : 'nothing was lost.'}`,
      );
    case 'EDQUOT':
      return new StoreError(
        'disk_full',
        `Your disk quota is used up: Copydesk could not ${action}. Free space, then try again. ${outcome}`,
      );
    case 'EROFS':
      return new StoreError(
        'read_only_disk',
        `The library’s disk is read-only: Copydesk could not ${action}. Move the library to a writable disk, or remount it. ${outcome}`,
      );
    case 'EACCES':
    case 'EPERM':
      return new StoreError(
        'not_permitted',
        `Copydesk is not allowed to write in the library folder, so it could not ${action}. Check the folder’s permissions. ${outcome}`,
      );
    case 'EIO':
      return new StoreError(
        'disk_error',
        `The disk reported an error (EIO): Copydesk could not ${action}. The disk may be failing or was unplugged; back up the library. ${outcome}`,
      );
    default:
      return new StoreError('io', `Copydesk could not ${action} (${code}). ${outcome}`);
  }
}
