import './spelling.css';
import { useState } from 'react';
import { useSettings } from '../../state/settingsStore';
import { errorMessage } from '../../bridge/copydesk';

/**
 * Settings › Spelling: the words added with "Add to dictionary", each removable. A removal is saved at
 * once (like adding a word from the menu), apart from the form's Save, which leaves the list alone.
 */
export function SpellingWordsSettings() {
  const words = useSettings((s) => s.settings.spellcheck.words);
  const [error, setError] = useState<string | null>(null);
  const remove = (word: string) => {
    setError(null);
    useSettings
      .getState()
      .save({ spellcheck: { words: words.filter((w) => w !== word) } })
      .catch((e: unknown) => setError(`Could not remove “${word}”: ${errorMessage(e)}`));
  };
  if (words.length === 0) return <p className="settings-note">Your dictionary is empty: right-click an underlined word to add it.</p>;
  const sorted = [...words].sort((a, b) => a.localeCompare(b));
  return (
    <div className="spelling-words">
      <p className="settings-note">
        Your dictionary ({words.length === 1 ? '1 word' : `${words.length.toLocaleString('en')} words`}), right in every language:
      </p>
      <ul aria-label="Your dictionary">
        {sorted.map((word) => (
          <li key={word}>
            <span>{word}</span>
            <button
              type="button"
              className="button small"
              aria-label={`Remove “${word}” from your dictionary`}
              onClick={() => remove(word)}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <span className="settings-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
