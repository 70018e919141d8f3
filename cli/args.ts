import { parseArgs } from 'node:util';
import { CliError } from './cliError';

export const USAGE = `Usage: copydesk <command> [options]

Commands:
  import FILE…            import text, Markdown, HTML, ninjs or Copydesk JSON files as new articles
  list                    list the articles in the library
  show ID|SLUG            print one article
  export ID|SLUG…|--all --format html,md,txt,json,ninjs,nitf,docx --out DIR
                          write articles to files (PDF needs Chromium installed)
  backup OUT              write a backup of the library (a zip with checksums) into the folder OUT
  restore FILE            restore a backup; the library it replaces is kept beside it
  check FILE|ID|SLUG      run the desk's style checks on a file or an article; exit 1 on an error-level finding
  set ID|SLUG FIELD=VALUE…
                          edit fields (headline=…, status=…, paragraph.2=…) through the same store as the app
  sync --desk URL --token T [--timeout S] [--allow-insecure]
                          sync the library with a desk once, then exit
  desk serve|user …       run a desk server and manage its users ("copydesk desk --help")

  ID is an article's id or a unique start of it (at least 4 characters, as git takes a short hash).

Options:
  --data DIR              the library folder (default: the app's own, or COPYDESK_DATA_DIR)
  --json                  print JSON instead of text
  --replace               with export: replace existing files instead of keeping both
  --suggestions accept|reject
                          with export: publication formats (all but json and docx) of an article
                          with open suggestions, as if all were accepted or all rejected
  --wait                  wait for the Copydesk app to close the library instead of stopping
  -h, --help              show this help`;

export interface CliArgs {
  command: string;
  positionals: string[];
  data: string | undefined;
  json: boolean;
  help: boolean;
  values: Record<string, string | boolean | undefined>;
}

/** Parses argv strictly: an unknown flag is a usage error, not something silently ignored. */
export function parseCliArgs(argv: string[], extraOptions: Record<string, { type: 'string' | 'boolean' }> = {}): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { data: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, ...extraOptions },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message.replace(/\.$/, '')}. Run "copydesk --help" for usage.`, 2);
  }
  const [command = '', ...positionals] = parsed.positionals;
  const values = parsed.values as Record<string, string | boolean | undefined>;
  return { command, positionals, data: values.data as string | undefined, json: values.json === true, help: values.help === true, values };
}
