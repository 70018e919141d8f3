import { COMMANDS, type CommandId } from '../../../../core/commands/registry';

/**
 * Electron accelerators ("CmdOrCtrl+Shift+S") as the renderer needs them: text for menus and lists
 * ("⇧⌘S" on a Mac, "Ctrl+Shift+S" elsewhere) and a match against a KeyboardEvent, for the browser host,
 * which has no native menu to catch the keys.
 */
export type KeyPlatform = 'mac' | 'other';

export function detectPlatform(nav: Pick<Navigator, 'platform' | 'userAgent'> | undefined = globalThis.navigator): KeyPlatform {
  const text = `${nav?.platform ?? ''} ${nav?.userAgent ?? ''}`;
  return /Mac|iPhone|iPad/.test(text) ? 'mac' : 'other';
}

interface Parsed {
  mod: boolean;
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

export function parseAccelerator(accelerator: string): Parsed {
  const parts = accelerator.split('+');
  // "CmdOrCtrl+Plus" is the only way to name "+"; a trailing empty part means the key was "+".
  const key = parts.at(-1) === '' ? 'Plus' : (parts.at(-1) ?? '');
  const mods = new Set(parts.slice(0, parts.at(-1) === '' ? -2 : -1).map((part) => part.toLowerCase()));
  return {
    mod: mods.has('cmdorctrl') || mods.has('commandorcontrol') || mods.has('cmd') || mods.has('command'),
    ctrl: mods.has('ctrl') || mods.has('control'),
    shift: mods.has('shift'),
    alt: mods.has('alt') || mods.has('option'),
    key,
  };
}

const MAC_KEYS: Record<string, string> = {
  Plus: '+',
  Enter: '↩',
  Backspace: '⌫',
  Delete: '⌦',
  Escape: '⎋',
  Up: '↑',
  Down: '↓',
  Left: '←',
  Right: '→',
};

/** The pieces for <kbd> elements: ["⇧", "⌘", "S"] on macOS (Apple's order: ⌃⌥⇧⌘), ["Ctrl", "Shift", "S"] elsewhere. */
export function acceleratorKeys(accelerator: string, platform: KeyPlatform): string[] {
  const { mod, ctrl, shift, alt, key } = parseAccelerator(accelerator);
  const name = key.length === 1 ? key.toUpperCase() : key;
  if (platform === 'mac') {
    const mods: [boolean, string][] = [
      [ctrl, '⌃'],
      [alt, '⌥'],
      [shift, '⇧'],
      [mod, '⌘'],
    ];
    return [...mods.filter(([on]) => on).map(([, symbol]) => symbol), MAC_KEYS[name] ?? name];
  }
  const mods: [boolean, string][] = [
    [mod || ctrl, 'Ctrl'],
    [alt, 'Alt'],
    [shift, 'Shift'],
  ];
  return [...mods.filter(([on]) => on).map(([, label]) => label), name];
}

/** "⇧⌘S" on macOS, "Ctrl+Shift+S" elsewhere. */
export function formatAccelerator(accelerator: string, platform: KeyPlatform): string {
  return acceleratorKeys(accelerator, platform).join(platform === 'mac' ? '' : '+');
}

const CODE_FOR_KEY: Record<string, string> = {
  ',': 'Comma',
  '/': 'Slash',
  '.': 'Period',
  '-': 'Minus',
  Plus: 'Equal',
  Up: 'ArrowUp',
  Down: 'ArrowDown',
  Left: 'ArrowLeft',
  Right: 'ArrowRight',
};

type KeyLike = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

function keyMatches(event: KeyLike, key: string): boolean {
  if (/^[A-Za-z]$/.test(key)) return event.key.toLowerCase() === key.toLowerCase() || event.code === `Key${key.toUpperCase()}`;
  // Shift changes what a digit or symbol key types ("&" for Shift+7), so the physical key decides.
  if (/^[0-9]$/.test(key)) return event.code === `Digit${key}` || event.key === key;
  return event.key === (key === 'Plus' ? '+' : key) || (CODE_FOR_KEY[key] !== undefined && event.code === CODE_FOR_KEY[key]);
}

export function matchesAccelerator(event: KeyLike, accelerator: string, platform: KeyPlatform): boolean {
  const want = parseAccelerator(accelerator);
  const primary = platform === 'mac' ? event.metaKey : event.ctrlKey;
  const secondary = platform === 'mac' ? event.ctrlKey : event.metaKey;
  if (primary !== (want.mod || (platform !== 'mac' && want.ctrl))) return false;
  if (secondary !== (platform === 'mac' && want.ctrl)) return false;
  if (event.altKey !== want.alt) return false;
  if (event.shiftKey !== want.shift && !(want.key === 'Plus' && event.shiftKey)) return false;
  return keyMatches(event, want.key);
}

/** The registry command whose accelerator this key press is, if any. */
export function commandForKeyEvent(event: KeyLike, platform: KeyPlatform): CommandId | null {
  for (const command of COMMANDS) {
    if ('accelerator' in command && matchesAccelerator(event, command.accelerator, platform)) return command.id;
  }
  return null;
}
