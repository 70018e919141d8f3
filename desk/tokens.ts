import { createHash, randomBytes } from 'node:crypto';

/**
 * A desk token is 32 random bytes (base64url, prefixed so it is recognisable in a leaked log). The store
 * keeps only its sha-256: with 256 bits of entropy a slow password hash adds nothing, and a stolen
 * database yields no usable token.
 */
export const newToken = (): string => `cdk_${randomBytes(32).toString('base64url')}`;

export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** Cheap shape check before any lookup, so junk never reaches the database. */
export const looksLikeToken = (token: string): boolean => /^cdk_[A-Za-z0-9_-]{43}$/.test(token);
