import type { DragEvent } from 'react';
import { errorMessage } from '../bridge/copydesk';
import { useImports } from '../features/import/importStore';
import { useEditorSession } from '../state/editorSession';
import { useToasts } from '../state/toastStore';

const isImage = (file: File) => /^image\//.test(file.type) || /\.(jpe?g|png|webp|gif)$/i.test(file.name);

/**
 * Files dropped on the window: images become the open article's lead image, anything else is imported
 * (and reviewed) as new articles. The page never navigates to a dropped file.
 */
export function useFileDrop() {
  return {
    onDragOver(event: DragEvent) {
      if ([...event.dataTransfer.types].includes('Files')) event.preventDefault();
    },
    onDrop(event: DragEvent) {
      const files = [...event.dataTransfer.files];
      if (files.length === 0) return;
      event.preventDefault();
      const images = files.filter(isImage);
      const others = files.filter((f) => !isImage(f));
      const attach = useEditorSession.getState().attachLeadImage;
      if (images[0]) {
        if (attach) attach(images[0]).catch((e: unknown) => useToasts.getState().show({ kind: 'error', text: errorMessage(e) }));
        else useToasts.getState().show({ kind: 'error', text: 'Open an article first, then drop its lead image on it.' });
      }
      if (others.length) void useImports.getState().fromDroppedFiles(others);
    },
  };
}
