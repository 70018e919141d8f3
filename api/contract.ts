import { z } from 'zod';
import { ArticleSchema, ArticleStatusSchema, AssetRefSchema, type Article } from '../core/article/schema';
import { IMAGE_LIMITS } from '../core/image/imageInfo';
import type { IndexEntry } from '../core/library/indexEntry';
import { IMPORT_MAX_BYTES, type ImportFormat, type ImportWarning, type RecognisedField } from '../core/import/importTypes';
import { EXPORT_FORMATS, type ExportFormat, type ExportJobStatus } from '../core/export/exportJob';
import { RevisionIdSchema, REVISION_LABEL_MAX, type RevisionMeta } from '../core/history/revisionMeta';
import { COMMAND_IDS, type CommandId } from '../core/commands/registry';
import type { SearchHit, SearchStatus, Snippet } from './searchTypes';
import { SettingsPatchSchema, type Settings } from '../core/settings/settingsSchema';

/**
 * Every channel between the renderer and the main process, declared once: its input schema (checked in
 * main by the router) and its output type. The renderer imports only types from here; the preload and the
 * browser host build `window.copydesk` from the channel names.
 */
interface Channel<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type, never read at run time. */
  output?: O;
}
const channel = <O>() => <I extends z.ZodType>(input: I): Channel<I, O> => ({ input });

const id = z.object({ id: z.uuid() }).strict();
const revisionRef = z.object({ id: z.uuid(), revisionId: RevisionIdSchema }).strict();

/** What a renderer may set when creating an article; the store fills the rest. */
export const ArticleFieldsSchema = ArticleSchema.omit({ id: true, schemaVersion: true, createdAt: true, updatedAt: true }).partial().strict();

export interface SaveArticleOutput {
  article: Article;
  entry: IndexEntry;
}
export interface QuarantineInfo {
  file: string;
  reason: string;
  quarantinedAt: string;
}
export interface AppInfo {
  version: string;
  dataDir: string;
  host: 'electron' | 'browser';
  platform: string;
  /** Set when settings.json could not be read and defaults were used; the bad file is kept. */
  settingsRecovery: { reason: string; keptAs: string | null } | null;
}

/** An imported article waiting for the user's review; nothing is saved until they confirm. */
export interface ImportDraft {
  fileName: string;
  format: ImportFormat;
  article: Article;
  warnings: ImportWarning[];
  recognised: RecognisedField[];
  /** Caption and credit found for a picture that could not be attached. */
  image?: { caption: string; credit: string; alt: string };
}
export type ImportOutcome = { ok: true; draft: ImportDraft } | { ok: false; fileName: string; message: string };
/** A file the OS asked the app to open: an article already in the library, or one to import. */
export type OpenedFile = { kind: 'open'; id: string } | { kind: 'import'; outcome: ImportOutcome };

export interface StoredImageInfo {
  asset: string;
  width: number;
  height: number;
  mimeType: string;
}

/** Image and file bytes cross the bridge as base64: the one encoding both transports carry unchanged. */
const base64 = (maxBytes: number) => z.string().max(Math.ceil(maxBytes / 3) * 4 + 4).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Must be base64.');
const fileName = z.string().min(1).max(255);

export interface ExportPreferences {
  folder: string | null;
  formats: ExportFormat[];
}

const ExportRequestSchema = z
  .object({
    articleIds: z.array(z.uuid()).min(1, 'Choose at least one article.').max(20_000),
    formats: z.array(z.enum(EXPORT_FORMATS)).min(1, 'Choose at least one format.').max(EXPORT_FORMATS.length),
    onExists: z.enum(['replace', 'keep-both']),
    options: z
      .object({
        imageMode: z.enum(['alongside', 'embed']),
        wrapWidth: z.number().int().min(20).max(200),
        ninjsVersion: z.enum(['3.1', '2.2']),
        paper: z.enum(['A4', 'Letter']),
      })
      .strict(),
  })
  .strict();
const jobId = z.object({ jobId: z.uuid() }).strict();

export const contract = {
  searchArticles: channel<SearchHit[]>()(
    z.object({ query: z.string().max(500), limit: z.number().int().min(1).max(20_000).default(50), snippets: z.number().int().min(0).max(100).default(20) }).strict(),
  ),
  searchSnippets: channel<Array<Snippet | null>>()(z.object({ query: z.string().max(500), ids: z.array(z.uuid()).max(200) }).strict()),
  searchStatus: channel<SearchStatus>()(z.object({}).strict()),
  listArticles: channel<IndexEntry[]>()(z.object({ which: z.enum(['live', 'trash']).default('live') }).strict()),
  getArticle: channel<Article>()(id),
  createArticle: channel<Article>()(z.object({ fields: ArticleFieldsSchema.default({}) }).strict()),
  saveArticle: channel<SaveArticleOutput>()(z.object({ article: ArticleSchema }).strict()),
  setArticleStatus: channel<SaveArticleOutput>()(z.object({ id: z.uuid(), status: ArticleStatusSchema }).strict()),
  listRevisions: channel<RevisionMeta[]>()(id),
  getRevision: channel<Article>()(revisionRef),
  saveVersion: channel<RevisionMeta>()(z.object({ id: z.uuid(), label: z.string().trim().min(1).max(REVISION_LABEL_MAX) }).strict()),
  restoreRevision: channel<SaveArticleOutput>()(revisionRef),
  getReadOnlyReason: channel<string | null>()(id),
  trashArticle: channel<IndexEntry>()(id),
  restoreArticle: channel<IndexEntry>()(id),
  deleteArticleForever: channel<null>()(id),
  listQuarantine: channel<QuarantineInfo[]>()(z.object({}).strict()),
  pickLeadImage: channel<StoredImageInfo | null>()(z.object({}).strict()),
  storeImage: channel<StoredImageInfo>()(z.object({ fileName, dataBase64: base64(IMAGE_LIMITS.maxBytes) }).strict()),
  readAsset: channel<{ mimeType: string; dataBase64: string }>()(z.object({ asset: AssetRefSchema }).strict()),
  importFiles: channel<ImportOutcome[]>()(z.object({}).strict()),
  parseImport: channel<ImportOutcome>()(z.object({ fileName, text: z.string().max(IMPORT_MAX_BYTES) }).strict()),
  readClipboardText: channel<string>()(z.object({}).strict()),
  getExportPreferences: channel<ExportPreferences>()(z.object({}).strict()),
  chooseExportFolder: channel<ExportPreferences | null>()(z.object({}).strict()),
  startExport: channel<ExportJobStatus>()(ExportRequestSchema),
  exportStatus: channel<ExportJobStatus>()(jobId),
  cancelExport: channel<null>()(jobId),
  showExportedFile: channel<null>()(z.object({ jobId: z.uuid(), index: z.number().int().min(0) }).strict()),
  backUpLibrary: channel<{ path: string; files: number } | null>()(z.object({}).strict()),
  restoreBackup: channel<{ previous: string; files: number } | null>()(z.object({}).strict()),
  showQuarantinedFile: channel<null>()(z.object({ file: z.string().min(1).max(300) }).strict()),
  getAppInfo: channel<AppInfo>()(z.object({}).strict()),
  savesFlushed: channel<null>()(z.object({}).strict()),
  getSettings: channel<Settings>()(z.object({}).strict()),
  updateSettings: channel<Settings>()(z.object({ patch: SettingsPatchSchema }).strict()),
  openedArticle: channel<null>()(id),
  openDataFolder: channel<null>()(z.object({}).strict()),
  takeOpenedFiles: channel<OpenedFile[]>()(z.object({}).strict()),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<K extends ChannelName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends ChannelName> = z.output<Contract[K]['input']>;
export type ChannelOutput<K extends ChannelName> = Contract[K] extends Channel<z.ZodType, infer O> ? O : never;

export type IpcErrorCode = 'unknown_channel' | 'invalid_input' | 'internal' | (string & {});
export interface IpcError {
  code: IpcErrorCode;
  message: string;
}
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Commands the main process sends to the renderer: the registry's, plus main's own quit signal. */
export const MENU_COMMANDS = [...COMMAND_IDS, 'flush-before-quit', 'files-opened'] as const;
export type MenuCommand = CommandId | 'flush-before-quit' | 'files-opened';

/** The API the preload (or the browser host) puts on `window.copydesk`. */
export type CopydeskApi = {
  [K in ChannelName]: (input: ChannelInput<K>) => Promise<IpcResult<ChannelOutput<K>>>;
} & {
  /** `arg` carries the article id of File > Open Recent. */
  onMenuCommand(listener: (command: MenuCommand, arg?: string) => void): () => void;
};
