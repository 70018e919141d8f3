import { initialsOf } from '../../../../core/settings/settingsSchema';
import { useDesk } from './deskStore';
import './desk.css';

const SHOWN = 3;

/** On a library row: the coloured initials of the colleagues who have this shared story open now. */
export function StoryReaders({ id }: { id: string }) {
  const readers = useDesk((s) => s.readers[id]);
  if (!readers || readers.length === 0) return null;
  const names = `Open by ${readers.map((r) => r.name).join(', ')}`;
  return (
    <span className="desk-readers" data-testid="story-readers" title={names} aria-label={names}>
      {readers.slice(0, SHOWN).map((reader) => (
        <span key={reader.name} className="desk-person desk-person-small" style={{ ['--desk-color' as string]: reader.color }}>
          {initialsOf(reader.name)}
        </span>
      ))}
      {readers.length > SHOWN && <span className="desk-readers-more">+{readers.length - SHOWN}</span>}
    </span>
  );
}
