import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { initialsOf } from '../../../../core/settings/settingsSchema';
import { safeColor } from '../editor/extensions/deskCollaboration/deskCollaboration';
import './desk.css';

interface Person {
  client: number;
  name: string;
  color: string;
}

function samePeople(a: readonly Person[], b: readonly Person[]): boolean {
  return a.length === b.length && a.every((p, i) => p.client === b[i]!.client && p.name === b[i]!.name && p.color === b[i]!.color);
}

/** Who else has this story open (from the desk's awareness), as coloured initials; their carets are in the body. */
export function PresenceList({ awareness }: { awareness: Awareness }) {
  const [people, setPeople] = useState<Person[]>([]);
  useEffect(() => {
    // Every caret move is an awareness change; the list only changes when someone comes, goes or is renamed.
    const read = () => {
      const next = [...awareness.getStates().entries()]
        // A client with no `user` is no one: another machine syncing the story, or an editor that left it.
        .filter(([client, state]) => client !== awareness.clientID && (state as { user?: unknown }).user !== undefined)
        .map(([client, state]) => {
          const user = (state as { user?: { name?: unknown; color?: unknown } }).user;
          return { client, name: typeof user?.name === 'string' && user.name ? user.name : 'Someone', color: safeColor(user?.color) };
        })
        .sort((a, b) => a.name.localeCompare(b.name));
      setPeople((shown) => (samePeople(shown, next) ? shown : next));
    };
    read();
    awareness.on('change', read);
    return () => awareness.off('change', read);
  }, [awareness]);
  if (people.length === 0) return null;
  const names = people.map((p) => p.name).join(', ');
  return (
    <div
      className="desk-presence"
      data-testid="desk-presence"
      aria-label={`Also in this story: ${names}`}
      title={`Also in this story: ${names}`}
    >
      <span className="desk-presence-label">Also in this story:</span>
      {people.map((person) => (
        <span key={person.client} className="desk-person" style={{ ['--desk-color' as string]: person.color }}>
          {initialsOf(person.name)}
        </span>
      ))}
      <span className="desk-presence-names">{names}</span>
    </div>
  );
}
