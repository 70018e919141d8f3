import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EMPTY_HOUSE_LIST, HOUSE_LIST_FILE, HOUSE_LIST_TEMPLATE, parseHouseList, type HouseListState } from '../../core/checks/houseList';

export type { HouseListState };
import { writeFileDurably } from '../store/durableWrite';

/**
 * The house list file in the data folder. An invalid file (edited by hand) never takes the list away:
 * the last good list stays in use and the error, naming the line, is shown in Settings.
 */
export class HouseListFile {
  private state: HouseListState = { list: EMPTY_HOUSE_LIST, source: HOUSE_LIST_TEMPLATE, error: null };

  constructor(private readonly dataDir: string) {}

  get path(): string {
    return join(this.dataDir, HOUSE_LIST_FILE);
  }

  current(): HouseListState {
    return this.state;
  }

  /** Reads the file again (at open, and when Settings asks). A missing file is the template, unsaved. */
  async reload(): Promise<HouseListState> {
    let source: string;
    try {
      source = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      source = HOUSE_LIST_TEMPLATE;
    }
    return this.adopt(source);
  }

  /** Saves the text from Settings, but only if it parses: an invalid edit is refused with its line. */
  async save(source: string): Promise<HouseListState> {
    const result = parseHouseList(source);
    if (!result.ok) return { ...this.state, error: result.message };
    await writeFileDurably(this.path, source);
    return this.adopt(source);
  }

  private adopt(source: string): HouseListState {
    const result = parseHouseList(source);
    this.state = result.ok ? { list: result.list, source, error: null } : { list: this.state.list, source, error: result.message };
    return this.state;
  }
}
