import { describe, expect, it } from 'vitest';
import { applySettingsPatch, defaultSettings } from '../../../../core/settings/settingsSchema';
import { formFromSettings, patchFromForm, toggle, validateForm } from './settingsForm';

const form = () => formFromSettings(defaultSettings());

describe('settings form', () => {
  it('round-trips the settings through the form unchanged', () => {
    const settings = defaultSettings();
    const { patch, errors } = validateForm(formFromSettings(settings));
    expect(errors).toEqual({});
    expect(applySettingsPatch(settings, patch!)).toEqual(settings);
  });

  it('turns edits into a patch main will accept', () => {
    const { patch } = validateForm({
      ...form(),
      byline: 'By Ana Ruiz',
      headline: ' 80 ',
      formats: ['md', 'pdf'],
      theme: 'dark',
      spellcheck: ['en-GB'],
    });
    expect(patch).toMatchObject({
      defaults: { byline: 'By Ana Ruiz' },
      limits: { headline: 80 },
      export: { formats: ['md', 'pdf'] },
      theme: 'dark',
      spellcheck: { languages: ['en-GB'] },
    });
  });

  it.each([
    [{ headline: '' }, 'headline', 'Enter a whole number.'],
    [{ headline: '7.5' }, 'headline', 'Enter a whole number.'],
    [{ headline: '5' }, 'headline', 'At least 20.'],
    [{ standfirst: '99999' }, 'standfirst', 'At most 1500.'],
    [{ wrapWidth: 'wide' }, 'wrapWidth', 'Enter a whole number.'],
    [{ formats: [] }, 'formats', 'Choose at least one format.'],
    [{ language: 'not a tag!' }, 'language', 'Must be a BCP 47 language tag such as "en" or "en-GB".'],
    [{ byline: 'x'.repeat(301) }, 'byline', 'Must be at most 300 characters.'],
  ] as const)('refuses %j with a message on the field', (change, field, message) => {
    const { patch, errors } = validateForm({ ...form(), ...change });
    expect(patch).toBeNull();
    expect(errors[field]).toBe(message);
  });

  it('allows switching spelling off', () => {
    expect(validateForm({ ...form(), spellcheck: [] }).patch?.spellcheck).toEqual({ languages: [] });
  });

  it('sends numbers, not text', () => {
    expect(patchFromForm({ ...form(), wrapWidth: '72' }).export?.wrapWidth).toBe(72);
  });

  it('toggles list items', () => {
    expect(toggle(['html'], 'md')).toEqual(['html', 'md']);
    expect(toggle(['html', 'md'], 'html')).toEqual(['md']);
  });
});
