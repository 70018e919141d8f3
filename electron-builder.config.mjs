/**
 * electron-builder's entry point: `electron-builder --config electron-builder.config.mjs`.
 *
 * Everything is in electron-builder.yml; this file exists because YAML cannot read the environment.
 * ELECTRON_DIST, when set, is the Electron to package instead of one electron-builder would download:
 * an unpacked Electron folder (such as node_modules/electron/dist) or a folder holding
 * electron-v<version>-<platform>-<arch>.zip. Locked-down networks that block the download need it.
 *
 * electron-builder calls the exported function when it loads the config, so the variable is read then.
 */
export default function config() {
  const electronDist = process.env.ELECTRON_DIST?.trim();
  return {
    extends: 'file:electron-builder.yml',
    ...(electronDist ? { electronDist } : {}),
  };
}
