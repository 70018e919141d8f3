import type { ExportFormat } from '../../../../core/export/exportJob';
import { SettingsPatchSchema, type Settings, type SettingsPatch } from '../../../../core/settings/settingsSchema';

/**
 * The settings view's form: text boxes hold text (a half-typed number is not a number yet), and the
 * whole form becomes a patch only when the shared schema accepts it, the same schema main checks.
 */
export interface SettingsForm {
  section: string;
  byline: string;
  language: string;
  credit: string;
  headline: string;
  standfirst: string;
  spellcheck: string[];
  formats: ExportFormat[];
  imageMode: Settings['export']['imageMode'];
  wrapWidth: string;
  ninjsVersion: Settings['export']['ninjsVersion'];
  paper: Settings['export']['paper'];
  theme: Settings['theme'];
  reviewerName: string;
  reviewerInitials: string;
}

export type FieldKey = keyof SettingsForm;
export type FormErrors = Partial<Record<FieldKey, string>>;

export function formFromSettings(settings: Settings): SettingsForm {
  return {
    ...settings.defaults,
    headline: String(settings.limits.headline),
    standfirst: String(settings.limits.standfirst),
    spellcheck: [...settings.spellcheck.languages],
    formats: [...settings.export.formats],
    imageMode: settings.export.imageMode,
    wrapWidth: String(settings.export.wrapWidth),
    ninjsVersion: settings.export.ninjsVersion,
    paper: settings.export.paper,
    theme: settings.theme,
    reviewerName: settings.identity.name,
    reviewerInitials: settings.identity.initials,
  };
}

const WHOLE_NUMBER = /^\s*\d{1,6}\s*$/;
const FIELD_KEYS = new Set<string>([
  'section',
  'byline',
  'language',
  'credit',
  'headline',
  'standfirst',
  'imageMode',
  'wrapWidth',
  'ninjsVersion',
  'paper',
]);
const NUMBER_FIELDS = ['headline', 'standfirst', 'wrapWidth'] as const;

export function patchFromForm(form: SettingsForm): SettingsPatch {
  return {
    defaults: { section: form.section, byline: form.byline, language: form.language.trim(), credit: form.credit },
    limits: { headline: Number(form.headline), standfirst: Number(form.standfirst) },
    spellcheck: { languages: form.spellcheck },
    export: {
      formats: form.formats,
      imageMode: form.imageMode,
      wrapWidth: Number(form.wrapWidth),
      ninjsVersion: form.ninjsVersion,
      paper: form.paper,
    },
    theme: form.theme,
    identity: { name: form.reviewerName, initials: form.reviewerInitials },
  };
}

/** Where the schema's path for an issue lands in the form. */
function fieldOf(path: readonly PropertyKey[]): FieldKey | null {
  const [section, name] = path.map(String);
  if (section === 'theme') return 'theme';
  if (section === 'spellcheck') return 'spellcheck';
  if (section === 'export' && name === 'formats') return 'formats';
  if (section === 'identity') return name === 'initials' ? 'reviewerInitials' : 'reviewerName';
  return name && FIELD_KEYS.has(name) ? (name as FieldKey) : null;
}

export function validateForm(form: SettingsForm): { patch: SettingsPatch | null; errors: FormErrors } {
  const errors: FormErrors = {};
  for (const field of NUMBER_FIELDS) if (!WHOLE_NUMBER.test(form[field])) errors[field] = 'Enter a whole number.';
  const result = SettingsPatchSchema.safeParse(patchFromForm(form));
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = fieldOf(issue.path);
      if (field && !errors[field]) errors[field] = issue.message;
    }
  }
  const valid = result.success && Object.keys(errors).length === 0;
  return { patch: valid ? result.data : null, errors };
}

export function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((other) => other !== item) : [...list, item];
}
