/**
 * The layers, declared once: each top-level folder and the folders of ours it may import. ESLint turns this
 * into `import-x/no-restricted-paths` zones (eslint.config.js); `eslint.layers.test.ts` plants a violating
 * import and proves the rule fails. Test files (`*.test.ts`) may also import `testing/`.
 * VS Code's `code-layering` rule is the model: dependencies point inward, never back up a layer.
 */
const PRODUCT_BELOW_HOSTS = ['core', 'render', 'formats', 'api', 'backend'];

export const LAYERS = {
  core: [],
  render: ['core'],
  formats: ['core', 'render'],
  api: ['core'],
  backend: ['core', 'render', 'formats', 'api'],
  'hosts/electron': PRODUCT_BELOW_HOSTS,
  'hosts/browser': PRODUCT_BELOW_HOSTS,
  renderer: ['core', 'render', 'formats', 'api'],
  cli: [...PRODUCT_BELOW_HOSTS, 'desk'],
  desk: ['core', 'render', 'formats', 'api'],
  testing: [...PRODUCT_BELOW_HOSTS, 'hosts/browser', 'desk'],
  e2e: [...PRODUCT_BELOW_HOSTS, 'hosts/browser', 'testing'],
  bench: [...PRODUCT_BELOW_HOSTS, 'hosts/browser', 'testing', 'desk'],
  scripts: [...PRODUCT_BELOW_HOSTS, 'hosts/browser', 'hosts/electron', 'testing', 'cli', 'desk'],
};

/** Every folder of ours that the layer may not import (for tests, `testing/` is allowed). */
export function forbiddenFor(layer, { test }) {
  const allowed = new Set([layer, ...LAYERS[layer], ...(test ? ['testing'] : [])]);
  return Object.keys(LAYERS).filter((other) => !allowed.has(other) && !(layer.startsWith(`${other}/`) || other.startsWith(`${layer}/`)));
}

export function restrictedPathZones(layer, { test }) {
  return forbiddenFor(layer, { test }).map((other) => ({
    target: `./${layer}`,
    from: `./${other}`,
    message: `${layer}/ may import only ${[...LAYERS[layer], ...(test ? ['testing'] : [])].join(', ') || 'nothing of ours'} (eslint.layers.js).`,
  }));
}
