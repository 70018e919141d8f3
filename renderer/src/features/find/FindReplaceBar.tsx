import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { Article } from '../../../../core/article/schema';
import { replaceInText, type FindMatch, type FindOptions } from '../../../../core/checks/find';
import type { ArticlePatch } from '../editor/ArticleFields';
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
      editor?.commands.setFindHighlights([]);
    },
    [client, editor],
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
    editor.commands.setFindHighlights(ranges.flatMap((r, i) => (r ? [{ from: r.from, to: r.to, current: i === current }] : [])));
    const here = ranges[current];
    if (here) editor.chain().setTextSelection({ from: here.from, to: here.to }).scrollIntoView().run();
  }, [editor, matches, current]);

  const step = (delta: number) => matches.length > 0 && setCurrent((c) => (c + delta + matches.length) % matches.length);

  const apply = (chosen: readonly FindMatch[]) => {
    if (chosen.length === 0) return;
    if (editor) {
      const ranges = bodyRanges(editor, chosen).filter((r) => r !== null);
      if (ranges.length > 0) {
        // One transaction, replaced from the end: one undo step, and earlier positions stay valid.
        const { tr } = editor.state;
        for (const r of [...ranges].sort((a, b) => b.from - a.from)) {
          if (r.match.replacement === '') tr.delete(r.from, r.to);
          else tr.insertText(r.match.replacement ?? '', r.from, r.to);
        }
        editor.view.dispatch(tr);
      }
    }
    const current = article();
    const patch: ArticlePatch = {};
    for (const field of ['headline', 'standfirst'] as const) {
      const mine = chosen.filter((m) => m.field === field);
      if (mine.length > 0) patch[field] = replaceInText(current[field], mine);
    }
    const captions = chosen.filter((m) => m.field === 'caption');
    if (captions.length > 0 && current.leadImage)
      patch.leadImage = { ...current.leadImage, caption: replaceInText(current.leadImage.caption, captions) };
    if (Object.keys(patch).length > 0) update(patch);
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
            disabled={matches.length === 0}
            onClick={() => apply(matches[current] ? [matches[current]] : [])}
          >
            Replace
          </button>
          <button type="button" className="button small" disabled={matches.length === 0} onClick={() => apply(matches)}>
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
