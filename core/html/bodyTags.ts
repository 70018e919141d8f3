/**
 * The one allow-list of body nodes and marks that become HTML elements, shared by the HTML serialiser
 * and the preview. Maps, not object literals: a node typed "constructor" must find nothing, not
 * Object's prototype.
 */
export const BLOCK_TAGS: ReadonlyMap<string, string> = new Map([
  ['paragraph', 'p'],
  ['blockquote', 'blockquote'],
  ['bulletList', 'ul'],
  ['orderedList', 'ol'],
  ['listItem', 'li'],
]);

export const MARK_TAGS: ReadonlyMap<string, string> = new Map([
  ['bold', 'strong'],
  ['italic', 'em'],
  ['underline', 'u'],
  ['strike', 's'],
  ['code', 'code'],
]);
