import { CommandPalette } from '../features/commands/CommandPalette';
import { ShortcutsDialog } from '../features/commands/ShortcutsList';
import { SettingsView } from '../features/settings/SettingsView';
import { DataFolderDialog } from '../features/settings/DataFolderDialog';
import { useSettings } from '../state/settingsStore';
import { useUi } from '../state/uiStore';
import { runCommand } from './useAppCommands';

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
      {panel === 'shortcuts' && <ShortcutsDialog onClose={close} />}
      {panel === 'data-folder' && <DataFolderDialog onClose={close} />}
      {panel === 'settings' && <SettingsView settings={settings} onSave={(patch) => useSettings.getState().save(patch)} onClose={close} />}
    </>
  );
}
