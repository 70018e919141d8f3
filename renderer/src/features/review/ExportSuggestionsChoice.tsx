import type { ExportOptions } from '../../../../core/export/exportJob';

/**
 * Publication formats never show review marks, so an article with open suggestions needs an explicit
 * choice: stop and say which articles, or export as if every suggestion were accepted, or rejected.
 */
export function ExportSuggestionsChoice({
  value,
  onChange,
}: {
  value: ExportOptions['suggestions'];
  onChange: (value: ExportOptions['suggestions']) => void;
}) {
  const choices: [ExportOptions['suggestions'], string][] = [
    [null, 'Stop and tell me which articles have them'],
    ['accept', 'Export as if all suggestions were accepted'],
    ['reject', 'Export as if all suggestions were rejected'],
  ];
  return (
    <fieldset className="form-row export-suggestions" data-testid="export-suggestions">
      <legend>Open suggestions</legend>
      {choices.map(([choice, label]) => (
        <label key={String(choice)}>
          <input type="radio" name="export-suggestions" checked={(value ?? null) === choice} onChange={() => onChange(choice)} /> {label}
        </label>
      ))}
      <p className="hint">
        Copydesk articles and Word documents keep suggestions and comments as they are (Word shows them as tracked changes). HTML, Markdown,
        text, ninjs, NITF and PDF never show them.
      </p>
    </fieldset>
  );
}
