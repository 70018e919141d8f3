import type { LibraryFindResult, LibraryMatch } from '../../../../core/checks/replace/libraryFind';
import { REPLACE_FIELD_NAMES, type ReplaceField } from '../../../../core/checks/replace/replaceInArticle';
import { matchKey } from './choices';

interface Props {
  result: LibraryFindResult;
  excluded: ReadonlySet<string>;
  toggle(key: string): void;
}

/** Every match, grouped by article: the headline with a tick for the whole article, then each match in its words. */
export function LibraryReplacePreview({ result, excluded, toggle }: Props) {
  return (
    <div className="lr-preview" data-testid="replace-preview">
      {result.groups.map((group) => {
        const off = excluded.has(group.id);
        const usable = group.matches.filter((m) => m.obstacle === null);
        const ticked = off ? 0 : usable.filter((m) => !excluded.has(matchKey(group.id, m))).length;
        const headline = group.headline || 'Untitled';
        return (
          <section key={group.id} className={off ? 'lr-article lr-off' : 'lr-article'} aria-label={headline} data-testid="replace-article">
            <label className="lr-article-head">
              <input
                type="checkbox"
                checked={!off && usable.length > 0}
                disabled={usable.length === 0}
                onChange={() => toggle(group.id)}
                aria-label={`Replace in “${headline}”`}
              />
              <span>{headline}</span>
              <span className="lr-count">
                {ticked} of {group.matches.length} chosen
              </span>
            </label>
            <ul className="lr-matches">
              {group.matches.map((m) => (
                <MatchRow
                  key={matchKey(group.id, m)}
                  match={m}
                  checked={!off && !excluded.has(matchKey(group.id, m))}
                  disabled={off}
                  onToggle={() => toggle(matchKey(group.id, m))}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function MatchRow({ match, checked, disabled, onToggle }: { match: LibraryMatch; checked: boolean; disabled: boolean; onToggle(): void }) {
  const blocked = match.obstacle !== null;
  const where = `${REPLACE_FIELD_NAMES[match.field as ReplaceField] ?? match.field}${match.field === 'body' ? ` ¶${match.block + 1}` : ''}`;
  return (
    <li className="lr-match">
      <input
        type="checkbox"
        checked={checked && !blocked}
        disabled={disabled || blocked}
        onChange={onToggle}
        aria-label={`Replace “${match.text}” in ${where}`}
      />
      <span className="lr-field">{where}</span>
      <span className="lr-context">
        {match.before}
        <del>{match.text}</del>
        {match.replacement !== '' && !blocked && <ins>{match.replacement}</ins>}
        {match.after}
        {blocked && <span className="lr-blocked"> — left alone: {match.obstacle}</span>}
      </span>
    </li>
  );
}
