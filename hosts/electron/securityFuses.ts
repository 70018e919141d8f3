/**
 * The Electron fuses docs/SECURITY.md promises, in the names electron-builder's `electronFuses` takes.
 * One list, read by the packaging config test and by the security audit.
 */
export const REQUIRED_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  onlyLoadAppFromAsar: true,
  enableEmbeddedAsarIntegrityValidation: true,
  enableCookieEncryption: true,
} as const satisfies Record<string, boolean>;
