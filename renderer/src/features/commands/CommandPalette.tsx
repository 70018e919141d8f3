import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { commandPath, paletteLabel, type CommandId } from '../../../../core/commands/registry';
import { acceleratorKeys, detectPlatform, type KeyPlatform } from './accelerators';
import { filterCommands, type Match } from './fuzzy';
import './commands.css';

interface Props {
  open: boolean;
  onRun(commandId: CommandId): void;
  onClose(): void;
  /** Which modifier names to show; detected from the browser when left out. */
  platform?: KeyPlatform;
}

/**
 * Ctrl/⌘+K: type part of a command's name, pick it with the arrow keys, run it with Enter. Every
 * command in the registry is here, with its shortcut shown so the palette also teaches the keys.
 */
export function CommandPalette({ open, onRun, onClose, platform }: Props) {
  // A fresh body per opening starts with an empty query and the first command selected.
  return open ? <PaletteBody onRun={onRun} onClose={onClose} platform={platform ?? detectPlatform()} /> : null;
}

function PaletteBody({ onRun, onClose, platform }: Required<Omit<Props, 'open'>>) {
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const matches = useMemo(() => filterCommands(query), [query]);
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    inputRef.current?.focus();
    return () => previous?.focus();
  }, []);

  useEffect(() => {
    listRef.current?.querySelector<HTMLElement>('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [selected, matches]);

  const run = (match: Match | undefined) => {
    if (!match) return;
    onClose();
    onRun(match.command.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = matches.length;
    const move = (to: number) => {
      event.preventDefault();
      if (count) setSelected(((to % count) + count) % count);
    };
    if (event.key === 'ArrowDown') move(selected + 1);
    else if (event.key === 'ArrowUp') move(selected - 1);
    else if (event.key === 'PageDown') move(Math.min(selected + 8, count - 1));
    else if (event.key === 'PageUp') move(Math.max(selected - 8, 0));
    else if (event.key === 'Enter') {
      event.preventDefault();
      run(matches[selected]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    } else if (event.key === 'Tab') event.preventDefault();
  };

  const optionId = (index: number) => `${listId}-${index}`;
  return (
    <div className="palette-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div className="palette" role="dialog" aria-modal="true" aria-label="Command palette">
        <input
          ref={inputRef}
          className="palette-input"
          type="text"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={matches.length ? optionId(selected) : undefined}
          aria-autocomplete="list"
          placeholder="Type a command…"
          spellCheck={false}
          autoComplete="off"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setSelected(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul ref={listRef} id={listId} className="palette-list" role="listbox" aria-label="Commands">
          {matches.map((match, index) => (
            <li
              key={match.command.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === selected}
              className={index === selected ? 'palette-item selected' : 'palette-item'}
              onMouseMove={() => index !== selected && setSelected(index)}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => run(match)}
            >
              <span className="palette-label">{highlight(paletteLabel(match.command), match.positions)}</span>
              <span className="palette-path">{commandPath(match.command)}</span>
              {match.command.accelerator ? <Keys accelerator={match.command.accelerator} platform={platform} /> : <span />}
            </li>
          ))}
        </ul>
        {matches.length === 0 && <p className="palette-empty">No command matches “{query.trim()}”.</p>}
      </div>
    </div>
  );
}

function highlight(label: string, positions: number[]): ReactNode {
  if (!positions.length) return label;
  const marked = new Set(positions);
  return [...label].map((char, index) => (marked.has(index) ? <mark key={index}>{char}</mark> : char));
}

export function Keys({ accelerator, platform }: { accelerator: string; platform: KeyPlatform }) {
  return (
    <span className="keys" aria-label={acceleratorKeys(accelerator, platform).join(platform === 'mac' ? ' ' : '+')}>
      {acceleratorKeys(accelerator, platform).map((key, index) => (
        <kbd key={index}>{key}</kbd>
      ))}
    </span>
  );
}
