/** What a live desk sync reports: the status bar's desk line is made from it (deskService.ts). */
export interface DeskStatus {
  online: boolean;
  /** Online, with documents still exchanging what the other side lacks. */
  syncing: boolean;
  /** Local changes the desk has not confirmed ("Offline: N changes waiting"). */
  waiting: number;
  articles: number;
  problems: string[];
}
