import type { BrowserContext, Page } from '@playwright/test';

/**
 * Everything a payload could do if it ran, recorded three ways: a JS dialog, a console marker (our
 * `__xss(N)` or a CSP violation report, which means markup got past the sanitiser and only the CSP
 * stopped it), and a request, popup, frame or navigation to anything but the app itself.
 */
export interface XssEvidence {
  dialogs: string[];
  markers: string[];
  requests: string[];
  popups: string[];
}

export const MARKER = '__xss:';
export const CSP_MARKER = '__csp:';

/** Runs in the page before any of its scripts: defines the marker and reports CSP violations. */
function instrument({ marker, csp }: { marker: string; csp: string }): void {
  const w = window as unknown as Record<string, unknown>;
  if (w.__xss) return;
  Object.defineProperty(window, '__xss', { value: (n: unknown) => console.log(`${marker}${String(n)}`) });
  document.addEventListener('securitypolicyviolation', (e) => console.log(`${csp}${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
}

export class XssWatch {
  readonly evidence: XssEvidence = { dialogs: [], markers: [], requests: [], popups: [] };

  /** `allowed` says which request URLs are the app's own (its origin, data:, blob:, the export folder). */
  constructor(private readonly allowed: (url: string) => boolean) {}

  /** For a page that is already loaded (the app under the fixture) and for its later reloads. */
  async attachToPage(page: Page): Promise<void> {
    this.listen(page);
    await page.addInitScript(instrument, { marker: MARKER, csp: CSP_MARKER });
    await page.evaluate(instrument, { marker: MARKER, csp: CSP_MARKER });
    page.context().on('page', (p) => this.evidence.popups.push(p.url()));
  }

  /** For a fresh context (the exported pages): every page opened in it is watched from its first script. */
  async attachToContext(context: BrowserContext): Promise<void> {
    await context.addInitScript(instrument, { marker: MARKER, csp: CSP_MARKER });
    context.on('page', (page) => this.listen(page));
  }

  private listen(page: Page): void {
    const { dialogs, markers, requests, popups } = this.evidence;
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    page.on('console', (message) => {
      const text = message.text();
      if (text.startsWith(MARKER) || text.startsWith(CSP_MARKER)) markers.push(text);
    });
    page.on('request', (request) => {
      if (!this.allowed(request.url())) requests.push(request.url());
    });
    page.on('popup', (popup) => popups.push(popup.url()));
    page.on('frameattached', (frame) => popups.push(`frame: ${frame.url()}`));
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && !this.allowed(frame.url())) requests.push(`navigation: ${frame.url()}`);
    });
  }

  /** Which payload numbers signalled, for a message that names them. */
  signalled(): string[] {
    const { dialogs, markers, requests, popups } = this.evidence;
    return [...dialogs, ...markers, ...requests, ...popups];
  }
}
