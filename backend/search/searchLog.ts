import type { SearchLogLevel } from './searchProtocol';

/**
 * Search's own messages on the terminal: warnings always (a broken index being rebuilt, a failed start),
 * progress ("Search index built: 120 indexed in 40 ms") only with COPYDESK_DEBUG=search, so a normal
 * `npm start`, CLI run or test run prints none of it.
 */
export function searchLog(message: string, level: SearchLogLevel = 'warn'): void {
  if (level === 'info' && !searchDebugOn()) return;
  console.warn(`[search] ${message}`);
}

export function searchDebugOn(env: NodeJS.ProcessEnv = process.env): boolean {
  return (env.COPYDESK_DEBUG ?? '')
    .split(',')
    .map((s) => s.trim())
    .some((s) => s === 'search' || s === '*');
}
