/**
 * The stack of open modal layers (dialogs, the palette): Escape belongs to the top one only, app
 * shortcuts wait while any is open, and closing one gives focus back to what had it before.
 */
export interface Layer {
  close(): void;
}

const layers: Layer[] = [];

export function openLayer(): Layer {
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const layer: Layer = {
    close() {
      const index = layers.indexOf(layer);
      if (index >= 0) layers.splice(index, 1);
      // Back to where the user was, if it is still on the page and nothing else took focus meanwhile.
      queueMicrotask(() => {
        if (before?.isConnected && (document.activeElement === document.body || document.activeElement === null)) before.focus();
      });
    },
  };
  layers.push(layer);
  return layer;
}

export const isTopLayer = (layer: Layer) => layers[layers.length - 1] === layer;
export const anyLayerOpen = () => layers.length > 0;
