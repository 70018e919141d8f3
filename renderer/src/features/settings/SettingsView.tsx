import { useId, useMemo, useState, type ReactNode } from 'react';
import { SpellingWordsSettings } from '../spelling/SpellingWordsSettings';
import { HouseListSettings } from './HouseListSettings';
import { DeskSettings } from '../desk/DeskSettings';
import { EXPORT_FORMATS } from '../../../../core/export/exportJob';
import { EXPORT_REGISTRY } from '../../../../formats/registry';
import {
  SOFT_LIMIT_RANGE,
  SPELLCHECK_LANGUAGE_OPTIONS,
  THEMES,
  type Settings,
  type SettingsPatch,
} from '../../../../core/settings/settingsSchema';
import { Modal } from '../../ui/Modal';
import { detectPlatform } from '../commands/accelerators';
import { formFromSettings, toggle, validateForm, type FieldKey, type SettingsForm } from './settingsForm';
import './settings.css';

interface Props {
  settings: Settings;
  /** Store the patch (over IPC); a rejection is shown in the dialog, which then stays open. */
  onSave(patch: SettingsPatch): void | Promise<void>;
  onClose(): void;
}

const THEME_LABELS: Record<Settings['theme'], string> = { system: 'Match the system', light: 'Light', dark: 'Dark' };
const LANGUAGE_SUGGESTIONS = ['en', 'en-GB', 'en-US', 'en-AU', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'sv', 'da', 'nb', 'pl'];

/** File › Settings: the defaults new articles start with, soft limits, spelling, export and theme. */
export function SettingsView({ settings, onSave, onClose }: Props) {
  const [form, setForm] = useState<SettingsForm>(() => formFromSettings(settings));
  const [touched, setTouched] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const { patch, errors } = useMemo(() => validateForm(form), [form]);
  const id = useId();
  const mac = detectPlatform() === 'mac';

  const set = <K extends FieldKey>(key: K, value: SettingsForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    setTouched(true);
  };

  const save = async () => {
    if (!patch) return;
    setSaving(true);
    setSaveError(null);
    try {
      await onSave(patch);
      onClose();
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  };

  const field = (key: FieldKey, label: string, input: ReactNode, hint?: string) => (
    <label className="settings-field">
      <span>{label}</span>
      {input}
      {errors[key] ? (
        <span className="settings-error" id={`${id}-${key}-error`} role="alert">
          {errors[key]}
        </span>
      ) : (
        hint && <span className="settings-hint">{hint}</span>
      )}
    </label>
  );
  const text = (key: 'section' | 'byline' | 'credit' | 'language', extra: object = {}) => (
    <input
      type="text"
      value={form[key]}
      onChange={(e) => set(key, e.target.value)}
      aria-invalid={Boolean(errors[key])}
      aria-describedby={errors[key] ? `${id}-${key}-error` : undefined}
      {...extra}
    />
  );
  const number = (key: 'headline' | 'standfirst' | 'wrapWidth', min: number, max: number) => (
    <input
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      step={1}
      value={form[key]}
      onChange={(e) => set(key, e.target.value)}
      aria-invalid={Boolean(errors[key])}
      aria-describedby={errors[key] ? `${id}-${key}-error` : undefined}
    />
  );
  const languages = [...new Set([...SPELLCHECK_LANGUAGE_OPTIONS.map((o) => o.code), ...form.spellcheck])];
  const languageLabel = (code: string) => SPELLCHECK_LANGUAGE_OPTIONS.find((o) => o.code === code)?.label ?? code;

  return (
    <Modal
      title="Settings"
      onClose={onClose}
      wide
      footer={
        <>
          {saveError && <span className="hint settings-error">Could not save: {saveError}</span>}
          {!saveError && touched && !patch && <span className="hint settings-error">Fix the highlighted fields to save.</span>}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button primary" disabled={!patch || saving} onClick={() => void save()}>
            {saving ? 'Saving…' : 'Save'}
          </button>
        </>
      }
    >
      <form className="settings" onSubmit={(event) => (event.preventDefault(), void save())}>
        <fieldset className="settings-group">
          <legend>New articles start with</legend>
          <div className="settings-grid">
            {field('section', 'Section', text('section', { placeholder: 'News' }))}
            {field('byline', 'Byline', text('byline', { placeholder: 'By …' }))}
            {field('credit', 'Picture credit', text('credit', { placeholder: 'Staff photographer' }))}
            {field(
              'language',
              'Language',
              text('language', { list: `${id}-languages`, spellCheck: false }),
              'A language tag, such as en or en-GB.',
            )}
            <datalist id={`${id}-languages`}>
              {LANGUAGE_SUGGESTIONS.map((tag) => (
                <option key={tag} value={tag} />
              ))}
            </datalist>
          </div>
        </fieldset>

        <fieldset className="settings-group">
          <legend>Who you are</legend>
          <p className="settings-note">Stamped on your suggestions, comments, sign-offs and versions.</p>
          <div className="settings-grid">
            {field(
              'reviewerName',
              'Name',
              <input
                type="text"
                value={form.reviewerName}
                onChange={(e) => set('reviewerName', e.target.value)}
                data-testid="settings-reviewer-name"
              />,
            )}
            {field(
              'reviewerInitials',
              'Initials',
              <input type="text" value={form.reviewerInitials} maxLength={8} onChange={(e) => set('reviewerInitials', e.target.value)} />,
            )}
          </div>
        </fieldset>

        <fieldset className="settings-group">
          <legend>Soft limits</legend>
          <p className="settings-note">Counters turn amber past these; nothing is cut or refused.</p>
          <div className="settings-grid">
            {field(
              'headline',
              'Headline (characters)',
              number('headline', SOFT_LIMIT_RANGE.headline.min, SOFT_LIMIT_RANGE.headline.max),
              `${SOFT_LIMIT_RANGE.headline.min}–${SOFT_LIMIT_RANGE.headline.max}`,
            )}
            {field(
              'standfirst',
              'Standfirst (characters)',
              number('standfirst', SOFT_LIMIT_RANGE.standfirst.min, SOFT_LIMIT_RANGE.standfirst.max),
              `${SOFT_LIMIT_RANGE.standfirst.min}–${SOFT_LIMIT_RANGE.standfirst.max}`,
            )}
          </div>
        </fieldset>

        <fieldset className="settings-group">
          <legend>Spelling</legend>
          {mac && <p className="settings-note">On a Mac, fields other than the body follow the languages in System Settings › Keyboard.</p>}
          <div className="settings-checks">
            {languages.map((code) => (
              <label key={code}>
                <input
                  type="checkbox"
                  checked={form.spellcheck.includes(code)}
                  onChange={() => set('spellcheck', toggle(form.spellcheck, code))}
                />{' '}
                {languageLabel(code)}
              </label>
            ))}
          </div>
          {errors.spellcheck && (
            <span className="settings-error" role="alert">
              {errors.spellcheck}
            </span>
          )}
          {form.spellcheck.length === 0 && <p className="settings-note">No language ticked: spelling is not checked.</p>}
          <SpellingWordsSettings />
        </fieldset>

        <HouseListSettings />

        <DeskSettings />

        <fieldset className="settings-group">
          <legend>Export defaults</legend>
          <div className="format-grid">
            {EXPORT_FORMATS.map((format) => (
              <label key={format}>
                <input
                  type="checkbox"
                  checked={form.formats.includes(format)}
                  onChange={() => set('formats', toggle(form.formats, format))}
                />{' '}
                {EXPORT_REGISTRY[format].label}
              </label>
            ))}
          </div>
          {errors.formats && (
            <span className="settings-error" role="alert">
              {errors.formats}
            </span>
          )}
          <div className="settings-grid">
            {field(
              'imageMode',
              'Lead image',
              <select value={form.imageMode} onChange={(e) => set('imageMode', e.target.value as SettingsForm['imageMode'])}>
                <option value="alongside">Beside the files</option>
                <option value="embed">Embedded in HTML</option>
              </select>,
            )}
            {field('wrapWidth', 'Plain text width (columns)', number('wrapWidth', 20, 200), '20–200')}
            {field(
              'ninjsVersion',
              'ninjs version',
              <select value={form.ninjsVersion} onChange={(e) => set('ninjsVersion', e.target.value as SettingsForm['ninjsVersion'])}>
                <option value="3.1">3.1</option>
                <option value="2.2">2.2</option>
              </select>,
            )}
            {field(
              'paper',
              'PDF paper',
              <select value={form.paper} onChange={(e) => set('paper', e.target.value as SettingsForm['paper'])}>
                <option value="A4">A4</option>
                <option value="Letter">Letter</option>
              </select>,
            )}
          </div>
        </fieldset>

        <fieldset className="settings-group settings-theme">
          <legend>Appearance</legend>
          {THEMES.map((theme) => (
            <label key={theme}>
              <input type="radio" name={`${id}-theme`} checked={form.theme === theme} onChange={() => set('theme', theme)} />{' '}
              {THEME_LABELS[theme]}
            </label>
          ))}
        </fieldset>
      </form>
    </Modal>
  );
}
