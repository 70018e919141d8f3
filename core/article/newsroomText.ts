import { NOTE_WORDING, type ArticleNote, type Newsroom } from './schema';

/**
 * The standard wording of the newsroom fields, one source for the preview and every export, so a
 * correction reads the same on the page, on the wire and in the ninjs feed.
 */
export function utcStamp(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function embargoLine(newsroom: Pick<Newsroom, 'embargoUntil'>): string | null {
  return newsroom.embargoUntil ? `EMBARGOED until ${utcStamp(newsroom.embargoUntil)}. Not for publication before then.` : null;
}

export function noteLine(note: ArticleNote): string {
  return `${NOTE_WORDING[note.kind]} (${utcStamp(note.at)}): ${note.text}`;
}

export function withdrawalLine(newsroom: Pick<Newsroom, 'withdrawal'>): string | null {
  const w = newsroom.withdrawal;
  if (!w) return null;
  return w.kind === 'kill'
    ? `KILL: this story has been killed (${utcStamp(w.at)}). Do not use. Reason: ${w.reason}`
    : `WITHDRAWN: this story has been withdrawn (${utcStamp(w.at)}). Reason: ${w.reason}`;
}

/** Notes oldest first, as a reader follows them at the end of the story. */
export function notesInOrder(newsroom: Pick<Newsroom, 'notes'>): ArticleNote[] {
  return [...newsroom.notes].sort((a, b) => a.at.localeCompare(b.at));
}
