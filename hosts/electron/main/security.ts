import { shell, type Session, type WebContents } from 'electron';
import { isSafeLinkUrl } from '../../../core/html/safeUrl';

/** Copydesk uses no device, notification, clipboard-read or other permission prompt: all are denied. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * The window never navigates away from the app and never opens windows; http(s) and mailto links go to
 * the system browser, after the same scheme check the editor uses.
 */
export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeLinkUrl(url) && /^(https?|mailto):/i.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}
