/**
 * Chromium's own shortcuts that mean nothing in Copydesk and would take the user out of it (a new tab or
 * window, print, history, the address bar, closing the window). In an app-mode window the page may refuse
 * them; Electron's menu does not define them, so there the guard changes nothing.
 */
const BROWSER_KEYS = new Set([
  't',
  'shift+t',
  'shift+n',
  'shift+w',
  'shift+q',
  'p',
  'shift+p',
  'l',
  'd',
  'shift+d',
  'h',
  'j',
  'shift+j',
  'shift+o',
  'u',
  'g',
  'shift+g',
  'shift+delete',
]);

export function keyOfEvent(event: Pick<KeyboardEvent, 'key' | 'shiftKey'>): string {
  return `${event.shiftKey ? 'shift+' : ''}${event.key.toLowerCase()}`;
}

export function isBrowserShortcut(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  if (event.key === 'F3') return true;
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return false;
  return BROWSER_KEYS.has(keyOfEvent(event));
}

/** Refuses Chromium's own shortcuts from the page's start; returns the function that removes the guard. */
export function installBrowserKeyGuard(): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (isBrowserShortcut(event)) event.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
