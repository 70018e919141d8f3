import type { FilePlace } from '../../../../api/fileDialogTypes';

interface Props {
  places: FilePlace[];
  recent: FilePlace[];
  onGo(path: string): void;
}

/** Home and the usual folders, then the folders the user last chose in (newest first). */
export function FilePlaces({ places, recent, onGo }: Props) {
  const group = (title: string, items: FilePlace[]) =>
    items.length > 0 && (
      <section>
        <h3>{title}</h3>
        <ul>
          {items.map((place) => (
            <li key={place.path}>
              <button type="button" className="file-place" title={place.path} onClick={() => onGo(place.path)}>
                {place.label}
              </button>
            </li>
          ))}
        </ul>
      </section>
    );
  return (
    <nav className="file-places" aria-label="Places">
      {group('Places', places)}
      {group('Recent', recent)}
    </nav>
  );
}
