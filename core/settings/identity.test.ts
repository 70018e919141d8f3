import { describe, expect, it } from 'vitest';
import { defaultSettings, effectiveIdentity, initialsOf } from './settingsSchema';

describe('who you are', () => {
  it('defaults to the OS user name, with initials made from the name', () => {
    expect(effectiveIdentity(defaultSettings(), 'sam')).toEqual({ name: 'sam', initials: 'S' });
    const set = { ...defaultSettings(), identity: { name: 'Ann de la Desk', initials: '' } };
    expect(effectiveIdentity(set, 'sam')).toEqual({ name: 'Ann de la Desk', initials: 'AD' });
    expect(effectiveIdentity({ ...set, identity: { name: 'Ann Desk', initials: 'AnD' } }, '')).toEqual({
      name: 'Ann Desk',
      initials: 'AnD',
    });
    expect(effectiveIdentity(defaultSettings(), '')).toEqual({ name: 'Copydesk user', initials: 'C' });
    expect(initialsOf('')).toBe('');
  });
});
