import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { Article } from '../../../../core/article/schema';
import type { FindMatch, FindOptions } from '../../../../core/checks/find';
import type { ArticlePatch } from '../editor/ArticleFields';
import { readPendingDomSelection } from '../editor/extensions/domSelectionSync/domSelectionSync';
import { applyReplacements, sameBlocks, sameSpan } from './applyReplacements';
import { articleFindBlocks, bodyRanges, FIELD_NAMES, FINDABLE_FIELDS, type FindableField } from './articleFindBlocks';
import { FindClient } from './findClient';
import './find.css';

interface Props {
  editor: Editor | null;
  article: () => Article;
  update(patch: ArticlePatch): void;
  replaceMode: boolean;
  onClose(): void;
}

/**
 * Find and replace in the open article (Ctrl+F, Ctrl+H): the chosen fields, with case, whole-word and
 * regular-expression options. The search runs in a worker with a time limit; "Replace all" changes the
 * body in one transaction, so one Undo takes it back.
 */
export function FindReplaceBar({ editor, article, update, replaceMode, onClose }: Props) {
  const client = useMemo(() => new FindClient(), []);
  const replaceClient = useMemo(() => new FindClient(), []);
  const [replacing, setReplacing] = useState(false);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>({ caseSensitive: false, wholeWord: false, regex: false });
  const [fields, setFields] = useState<ReadonlySet<FindableField>>(new Set(FINDABLE_FIELDS));
  const [matches, setMatches] = useState<FindMatch[]>([]);
  const [current, setCurrent] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [searching, setSearching] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), [replaceMode]);
  useEffect(
    () => () => {
      client.cancel();
      replaceClient.cancel();
      editor?.commands.setFindHighlights([]);
    },
    [client, replaceClient, editor],
  );

  const search = useCallback(async () => {
    if (query === '') {
      setMatches([]);
      setMessage(null);
      editor?.commands.setFindHighlights([]);
      return;
    }
    setSearching(true);
    const response = await client.run({ blocks: articleFindBlocks(editor, article(), fields), query, options, replacement });
    setSearching(false);
    if (!response.ok) {
      setMatches([]);
      setMessage(response.message);
      editor?.commands.setFindHighlights([]);
      return;
    }
    setMatches(response.matches);
    setCurrent((c) => Math.min(c, Math.max(0, response.matches.length - 1)));
    setMessage(response.truncated ? `Showing the first ${response.matches.length.toLocaleString()} matches.` : null);
  }, [article, client, editor, fields, options, query, replacement]);

  useEffect(() => {
    const timer = setTimeout(() => void search(), 150);
    return () => clearTimeout(timer);
  }, [search]);

  // Highlight the body's matches, the current one marked, and bring it into view.
  useEffect(() => {
    if (!editor) return;
    const ranges = bodyRanges(editor, matches);
    readPendingDomSelection(editor.view);
    editor.commands.setFindHighlights(ranges.flatMap((r, i) => (r ? [{ from: r.from, to: r.to, current: i === current }] : [])));
    const here = ranges[current];
    if (here) editor.chain().setTextSelection({ from: here.from, to: here.to }).scrollIntoView().run();
  }, [editor, matches, current]);

  const step = (delta: number) => matches.length > 0 && setCurrent((c) => (c + delta + matches.length) % matches.length);

  /**
   * Replace and Replace all search again, in the text as it is now and with the replacement as it is
   * now, and change what that search found. The list on screen is a debounced search that may predate
   * the last keystroke in either box (Replace all once deleted every "Kiev": its matches carried the
   * empty replacement of the search made before "Kyiv" was typed) or an edit to the text.
   */
  const replace = async (which: 'current' | 'all') => {
    const shown = matches[current];
    const blocks = articleFindBlocks(editor, article(), fields);
    setReplacing(true);
    const response = await replaceClient.run({ blocks, query, options, replacement });
    setReplacing(false);
    if (!response.ok) return setMessage(response.message);
    if (!sameBlocks(blocks, articleFindBlocks(editor, article(), fields)))
      return setMessage('The text changed while replacing, so nothing was replaced. Try again.');
    const chosen = which === 'all' ? response.matches : response.matches.filter((m) => shown && sameSpan(m, shown));
    if (chosen.length === 0) setMessage('That match is no longer there.');
    else applyReplacements(editor, article(), update, chosen);
    void search();
  };

  const toggleField = (field: FindableField) =>
    setFields((f) => {
      const next = new Set(f);
      if (next.has(field)) next.delete(field);
      else next.add(field);
      return next;
    });
  const option = (key: keyof FindOptions, label: string, title: string) => (
    <label className="find-option" title={title}>
      <input type="checkbox" checked={options[key]} onChange={(e) => setOptions((o) => ({ ...o, [key]: e.target.checked }))} /> {label}
    </label>
  );

  return (
    <div
      className="find-bar"
      role="search"
      aria-label="Find and replace"
      data-testid="find-bar"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
        if (e.key === 'Enter' && e.target === input.current) {
          e.preventDefault();
          step(e.shiftKey ? -1 : 1);
        }
      }}
    >
      <div className="find-row">
        <input
          ref={input}
          className="find-input"
          aria-label="Find"
          placeholder="Find"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <span className="find-count" data-testid="find-count" aria-live="polite">
          {searching ? 'Searching…' : matches.length === 0 ? (query ? 'No matches' : '') : `${current + 1} of ${matches.length}`}
        </span>
        <button type="button" className="button small" onClick={() => step(-1)} disabled={matches.length === 0} aria-label="Previous match">
          ↑
        </button>
        <button type="button" className="button small" onClick={() => step(1)} disabled={matches.length === 0} aria-label="Next match">
          ↓
        </button>
        {searching && (
          <button type="button" className="button small" onClick={() => client.cancel()}>
            Cancel
          </button>
        )}
        <button type="button" className="button small quiet" onClick={onClose} aria-label="Close find">
          ✕
        </button>
      </div>
      {replaceMode && (
        <div className="find-row">
          <input
            className="find-input"
            aria-label="Replace with"
            placeholder={options.regex ? 'Replace with ($1 for a group)' : 'Replace with'}
            value={replacement}
            onChange={(e) => setReplacement(e.target.value)}
          />
          <button
            type="button"
            className="button small"
            disabled={matches.length === 0 || replacing}
            onClick={() => void replace('current')}
          >
            Replace
          </button>
          <button type="button" className="button small" disabled={matches.length === 0 || replacing} onClick={() => void replace('all')}>
            Replace all
          </button>
        </div>
      )}
      <div className="find-row find-options">
        {option('caseSensitive', 'Match case', 'Upper and lower case must match')}
        {option('wholeWord', 'Whole word', 'Only whole words')}
        {option('regex', 'Regex', 'A regular expression (stopped after 1.5 s if it runs away)')}
        <span className="find-fields">
          In:
          {FINDABLE_FIELDS.map((f) => (
            <label key={f} className="find-option">
              <input type="checkbox" checked={fields.has(f)} onChange={() => toggleField(f)} /> {FIELD_NAMES[f]}
            </label>
          ))}
        </span>
      </div>
      {message && (
        <p className="find-message" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
