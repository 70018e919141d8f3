/** Back up and restore as the handlers see them; openBackend implements them over the current session. */
export interface LibraryMaintenance {
  backUp(folder: string): Promise<{ path: string; files: number }>;
  restore(backupFile: string): Promise<{ previous: string; files: number }>;
}
