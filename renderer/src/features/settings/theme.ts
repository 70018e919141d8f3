import type { Settings } from '../../../../core/settings/settingsSchema';

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

/** The theme the page shows: the chosen one, or the system's for "Match the system". */
export function effectiveTheme(theme: Settings['theme'], systemDark: boolean): 'light' | 'dark' {
  return theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;
}

/**
 * Applies a theme to the page itself (data-theme on <html>, which the stylesheets key on), so it works in
 * every host: Electron also sets nativeTheme, but Chromium's prefers-color-scheme cannot be set from a page.
 * Returns a stop function; with "system" it follows the system's changes.
 */
export function applyTheme(theme: Settings['theme']): () => void {
  const query = darkQuery();
  const apply = () => {
    const shown = effectiveTheme(theme, query.matches);
    document.documentElement.dataset.theme = shown;
    document.documentElement.style.colorScheme = shown;
  };
  apply();
  if (theme !== 'system') return () => undefined;
  query.addEventListener('change', apply);
  return () => query.removeEventListener('change', apply);
}
