import type { ExportJobStatus } from '../../../../core/export/exportJob';
import { EXPORT_REGISTRY } from '../../../../formats/registry';
import { countOf } from '../../../../core/text/plural';

/** What was written and what failed (with the file and the cause), each file with "Show in folder". */
export function ExportSummary({ job, onShow }: { job: ExportJobStatus; onShow(index: number): void }) {
  const failed = job.results.filter((r) => r.error).length;
  // The progress line counts exports (an article in a format); a lead image written beside them is counted apart.
  const images = job.results.filter((r) => !r.error && r.format === 'image').length;
  const exports = job.results.length - failed - images;
  return (
    <div className="export-summary">
      <p data-testid="export-written">
        {countOf(exports, 'export')}
        {images > 0 && ` and ${countOf(images, 'image')}`} written to <strong>{job.folder}</strong>
        {failed > 0 && <span className="summary-failed">, {failed} failed</span>}
      </p>
      <ul aria-label="Exported files">
        {job.results.map((result, index) => (
          <li key={index} className={result.error ? 'export-result failed' : 'export-result'}>
            <span className="export-format">{result.format === 'image' ? 'Image' : EXPORT_REGISTRY[result.format].label}</span>
            {result.error ? (
              <span className="export-error" role="alert">
                {result.error}
              </span>
            ) : (
              <>
                {/* Cut from the start so the extension stays visible; the marks keep "." where it belongs. */}
                <span className="export-file" title={result.fileName}>{`\u200E${result.fileName}\u200E`}</span>
                <button type="button" className="button small" onClick={() => onShow(index)}>
                  Show in folder
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
