import { CopydeskError } from '../../core/errors';

export type StoreErrorCode = 'not_found' | 'in_trash' | 'not_in_trash' | 'io';

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
