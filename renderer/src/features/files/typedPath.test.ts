import { describe, expect, it } from 'vitest';
import type { FileEntry } from '../../../../api/fileDialogTypes';
import { completion, folderText, sameFolder, splitTyped, visibleEntries } from './typedPath';

const file = (name: string): FileEntry => ({ name, kind: 'file', size: 1, modified: null });
const folder = (name: string): FileEntry => ({ name, kind: 'folder', size: null, modified: null });

describe('the file dialog path box', () => {
  it('splits a typed path into the folder to list and the name being typed', () => {
    expect(splitTyped('/home/ana/Docu', '/')).toEqual({ folder: '/home/ana/', filter: 'Docu' });
    expect(splitTyped('/home/ana/', '/')).toEqual({ folder: '/home/ana/', filter: '' });
    expect(splitTyped('/', '/')).toEqual({ folder: '/', filter: '' });
    expect(splitTyped('C:\\Users\\ana/Desk', '\\')).toEqual({ folder: 'C:\\Users\\ana/', filter: 'Desk' });
    expect(splitTyped('a\\b', '/')).toEqual({ folder: '', filter: 'a\\b' });
  });

  it('writes folders with one trailing separator', () => {
    expect(folderText('/tmp', '/')).toBe('/tmp/');
    expect(folderText('/', '/')).toBe('/');
    expect(sameFolder('/tmp/', '/tmp', '/')).toBe(true);
  });

  it('shows folders and matching files, hides dot names unless a dot is typed', () => {
    const entries = [folder('Drafts'), folder('.cache'), file('story.md'), file('photo.jpg'), file('.hidden.md')];
    const md = { name: 'Markdown', extensions: ['md'] };
    expect(visibleEntries(entries, '', md, false).map((e) => e.name)).toEqual(['Drafts', 'story.md']);
    expect(visibleEntries(entries, '', null, false).map((e) => e.name)).toEqual(['Drafts', 'story.md', 'photo.jpg']);
    expect(visibleEntries(entries, '.', null, false).map((e) => e.name)).toEqual(['.cache', '.hidden.md']);
    expect(visibleEntries(entries, 'ST', null, false).map((e) => e.name)).toEqual(['story.md']);
    expect(visibleEntries(entries, '', null, true).map((e) => e.name)).toEqual(['Drafts']);
  });

  it('completes to the start the matches share', () => {
    expect(completion([file('report-2024.md'), file('Report-2025.md')], 're')).toBe('report-202');
    expect(completion([file('story.md')], 'story.md')).toBeNull();
    expect(completion([], 'x')).toBeNull();
  });
});
