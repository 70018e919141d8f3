/** Where a client's desk is and who it is there. */
export interface DeskConfig {
  /** ws://… or wss://… */
  url: string;
  token: string;
  /** Allow ws:// (unencrypted) to a host that is not this machine. Off unless the user opts in. */
  allowInsecure?: boolean;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Checks a desk address: wss:// anywhere, ws:// only to this machine unless the user opted in, because
 * over ws:// the token and every story travel in clear text. Returns the problem, or null.
 */
export function deskAddressProblem(url: string, allowInsecure = false): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `"${url}" is not an address: a desk address looks like wss://desk.example.org.`;
  }
  if (parsed.protocol === 'wss:') return null;
  if (parsed.protocol !== 'ws:') return `A desk address starts with wss:// (or ws:// on this machine), not ${parsed.protocol}//.`;
  if (LOOPBACK.test(parsed.hostname) || allowInsecure) return null;
  return `ws://${parsed.host} is not encrypted: use wss:// (a desk behind a TLS reverse proxy), or opt in to an unencrypted desk.`;
}
