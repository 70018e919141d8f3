import { BUILTIN_SHORTCUTS, COMMANDS, paletteLabel, type CommandSpec, type MenuName } from '../../../../core/commands/registry';
import { Modal } from '../../ui/Modal';
import { detectPlatform, type KeyPlatform } from './accelerators';
import { Keys } from './CommandPalette';
import './commands.css';

interface Row {
  label: string;
  accelerator: string;
}

const SECTIONS: { title: string; menu?: MenuName; builtin?: 'Edit' | 'View' | 'Text' }[] = [
  { title: 'File', menu: 'File' },
  { title: 'Edit', menu: 'Edit', builtin: 'Edit' },
  { title: 'View', menu: 'View', builtin: 'View' },
  { title: 'Article', menu: 'Article' },
  { title: 'Text in the story', builtin: 'Text' },
  { title: 'Help', menu: 'Help' },
];

/** Every shortcut, from the command registry and the built-in edit, view and text keys, by section. */
export function shortcutSections(): { title: string; rows: Row[] }[] {
  const commands = COMMANDS as readonly CommandSpec[];
  return SECTIONS.map(({ title, menu, builtin }) => ({
    title,
    rows: [
      ...commands
        .filter((c) => c.menu === menu && c.accelerator)
        .map((c) => ({ label: paletteLabel(c).replace(/…$/, ''), accelerator: c.accelerator! })),
      ...BUILTIN_SHORTCUTS.filter((s) => s.group === builtin).map(({ label, accelerator }) => ({ label, accelerator })),
    ],
  })).filter((section) => section.rows.length > 0);
}

/** Help › Keyboard Shortcuts: the registry as tables, with Ctrl or ⌘ as this computer has it. */
export function ShortcutsList({ platform }: { platform?: KeyPlatform }) {
  const keys = platform ?? detectPlatform();
  return (
    <div className="shortcuts">
      {shortcutSections().map((section) => (
        <table key={section.title} className="shortcuts-table">
          <caption>{section.title}</caption>
          <tbody>
            {section.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>
                  <Keys accelerator={row.accelerator} platform={keys} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}

/** The list in the app's standard dialog, for the Help menu and the palette. */
export function ShortcutsDialog({ onClose, platform }: { onClose(): void; platform?: KeyPlatform }) {
  return (
    <Modal
      title="Keyboard shortcuts"
      onClose={onClose}
      wide
      footer={
        <button type="button" className="button primary" onClick={onClose}>
          Close
        </button>
      }
    >
      <ShortcutsList platform={platform} />
    </Modal>
  );
}
