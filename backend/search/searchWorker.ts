/**
 * The search worker's entry: a worker thread that owns the index. Building, loading, querying and
 * writing the index all happen here, so none of it ever holds up the main thread's event loop (the
 * one that answers IPC). The main thread talks to it through SearchService.
 */
import { parentPort } from 'node:worker_threads';
import { fileArticleSource } from './articleSource';
import { unpackLive, type WorkerInbound, type WorkerOutbound } from './searchProtocol';
import { SearchIndex } from './searchIndex';

const port = parentPort;
if (!port) throw new Error('searchWorker.ts runs as a worker thread, started by SearchService.');

let index: SearchIndex | null = null;
/** The live list's parts sent before 'open'. */
let liveParts: string[] = [];
const send = (message: WorkerOutbound) => port.postMessage(message);

function opened(): SearchIndex {
  if (!index) throw new Error('The search worker was asked a question before it was opened.');
  return index;
}

async function handle(request: WorkerInbound): Promise<unknown> {
  switch (request.op) {
    case 'live':
      liveParts.push(request.part);
      return null;
    case 'open': {
      const live = unpackLive(liveParts.join('') + request.live);
      liveParts = [];
      index = SearchIndex.open({
        dataDir: request.dataDir,
        source: fileArticleSource(request.dataDir, live),
        persistDelayMs: request.persistDelayMs,
        log: (message, level = 'warn') => send({ kind: 'log', message, level }),
      });
      await index.ready;
      return null;
    }
    case 'upsert': {
      const started = performance.now();
      opened().upsert(request.article);
      return { ms: performance.now() - started };
    }
    case 'remove':
      opened().remove(request.id);
      return null;
    case 'refresh':
      await opened().refresh(request.ids);
      return null;
    case 'search':
      return opened().search(request.query, request.options);
    case 'snippetsFor':
      return opened().snippetsFor(request.query, request.ids);
    case 'status':
      return index ? index.status() : { state: 'loading', indexed: 0 };
    case 'persist':
      await opened().persist();
      return null;
    case 'close':
      await index?.close();
      return null;
  }
}

port.on('message', (request: WorkerInbound) => {
  handle(request).then(
    (value) => send({ kind: 'reply', seq: request.seq, ok: true, value }),
    (error: unknown) =>
      send({ kind: 'reply', seq: request.seq, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
