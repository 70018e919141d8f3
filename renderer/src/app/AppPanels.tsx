import { CommandPalette } from '../features/commands/CommandPalette';
import { lazy, Suspense } from 'react';
import { DataFolderDialog } from '../features/settings/DataFolderDialog';
import { useSettings } from '../state/settingsStore';
import { useUi } from '../state/uiStore';
import { runCommand } from './appCommands';

// Loaded when first opened (see deferredPanels.tsx): the settings form brings its validation with it.
const ShortcutsDialog = lazy(() => import('../features/commands/ShortcutsList').then((m) => ({ default: m.ShortcutsDialog })));
const SettingsView = lazy(() => import('../features/settings/SettingsView').then((m) => ({ default: m.SettingsView })));

/** The command palette (Ctrl/Cmd+K), the shortcuts list and Settings, mounted once for the app. */
export function AppPanels() {
  const panel = useUi((s) => s.panel);
  const close = () => useUi.getState().open(null);
  const settings = useSettings((s) => s.settings);
  return (
    <>
      <CommandPalette
        open={panel === 'palette'}
        onClose={close}
        onRun={(command) => {
          close();
          runCommand(command);
        }}
      />
      <Suspense fallback={null}>
        {panel === 'shortcuts' && <ShortcutsDialog onClose={close} />}
        {panel === 'data-folder' && <DataFolderDialog onClose={close} />}
        {panel === 'settings' && (
          <SettingsView settings={settings} onSave={(patch) => useSettings.getState().save(patch)} onClose={close} />
        )}
      </Suspense>
    </>
  );
}
