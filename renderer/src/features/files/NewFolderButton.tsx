import { useState } from 'react';

/** "New folder…": asks for a name in place, makes the folder and opens it. */
export function NewFolderButton({ onMake }: { onMake(name: string): Promise<boolean> }) {
  const [name, setName] = useState<string | null>(null);
  if (name === null) {
    return (
      <button type="button" className="button" onClick={() => setName('')}>
        New folder…
      </button>
    );
  }
  const make = async () => {
    if (await onMake(name)) setName(null);
  };
  return (
    <span className="new-folder">
      <input
        autoFocus
        aria-label="New folder name"
        value={name}
        placeholder="Folder name"
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void make();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            setName(null);
          }
        }}
      />
      <button type="button" className="button" onClick={() => void make()}>
        Make
      </button>
    </span>
  );
}
