import { isCopydeskError } from '../core/errors';
import { defaultDataDir } from '../backend/defaultDataDir';
import { ArticleStore } from '../backend/store/articleStore';
import { parseCliArgs, USAGE } from './args';
import { CliError } from './cliError';
import { importCommand, listCommand, showCommand, type CommandContext } from './commands';
import { exportCommand } from './exportCommand';
import { backupCommand, restoreCommand } from './backupCommands';
import { checkCommand } from './checkCommand';
import { deskCommand } from './deskCommands';
import { setCommand } from './setCommand';
import { syncCommand } from './syncCommand';

/**
 * `copydesk`: the same core and store as the app, without Electron. Errors are one line on stderr and
 * a non-zero exit; output goes to stdout, as JSON with --json.
 */
export async function runCli(
  argv: string[],
  io = { out: (l: string) => console.log(l), err: (l: string) => console.error(l) },
): Promise<number> {
  try {
    // The desk's commands manage a server and its users, not a library: they parse their own options.
    if (argv[0] === 'desk') return await deskCommand(argv.slice(1), io);
    const args = parseCliArgs(argv, {
      all: { type: 'boolean' },
      format: { type: 'string' },
      out: { type: 'string' },
      replace: { type: 'boolean' },
      wait: { type: 'boolean' },
      suggestions: { type: 'string' },
      desk: { type: 'string' },
      token: { type: 'string' },
      'allow-insecure': { type: 'boolean' },
      timeout: { type: 'string' },
    });
    if (args.help || args.command === '' || args.command === 'help') {
      io.out(USAGE);
      return args.command === '' && !args.help ? 2 : 0;
    }
    const dataDir = args.data ?? defaultDataDir();
    const wait = args.values.wait === true;
    if (args.command === 'restore') return await restoreCommand(args.positionals[0], dataDir, wait, { ...io, json: args.json });
    if (args.command === 'check') return await checkCommand(args.positionals[0], dataDir, { ...io, json: args.json }, wait);
    if (!['import', 'list', 'show', 'export', 'backup', 'set', 'sync'].includes(args.command))
      throw new CliError(`Unknown command "${args.command}". Run "copydesk --help" for the commands.`, 2);
    // The CLI shares the app's lock: it says so clearly when the app has the library open, or waits with --wait.
    const store = await ArticleStore.open(dataDir, { lock: 'cli', ...(wait ? { lockWait: { wait: true } } : {}) });
    if (store.lockTakenOver) io.err(store.lockTakenOver);
    const ctx: CommandContext = { store, json: args.json, ...io };
    try {
      if (args.command === 'import') return await importCommand(args.positionals, ctx);
      if (args.command === 'list') return listCommand(ctx);
      if (args.command === 'set') return await setCommand(args.positionals, ctx);
      if (args.command === 'sync') {
        const timeout = Number(args.values.timeout ?? 60);
        if (!(timeout > 0)) throw new CliError('--timeout is a number of seconds above 0.', 2);
        const { desk, token } = args.values as { desk?: string; token?: string };
        return await syncCommand(
          store,
          { desk, token, allowInsecure: args.values['allow-insecure'] === true, timeoutSeconds: timeout },
          ctx,
        );
      }
      // Backed up while this command holds the library lock, so the app cannot write half-way through.
      if (args.command === 'backup')
        return await backupCommand(args.positionals[0], dataDir, process.env.npm_package_version ?? 'cli', ctx);
      if (args.command === 'export') {
        const { all, format, out, replace, suggestions } = args.values;
        return await exportCommand(
          {
            refs: args.positionals,
            all: all === true,
            format: format as string | undefined,
            out: out as string | undefined,
            replace: replace === true,
            suggestions: suggestions as string | undefined,
          },
          ctx,
        );
      }
      return await showCommand(args.positionals[0], ctx);
    } finally {
      await store.close();
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`copydesk: ${error.message}`);
      return error.exitCode;
    }
    io.err(`copydesk: ${isCopydeskError(error) ? error.message : (error as Error).message}`);
    return 1;
  }
}

const isEntryPoint = process.argv[1] && /(copydesk(\.js)?|cli[\\/]main\.ts)$/.test(process.argv[1]);
if (isEntryPoint) process.exitCode = await runCli(process.argv.slice(2));
