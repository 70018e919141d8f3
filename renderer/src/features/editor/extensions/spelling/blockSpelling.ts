import type { Node as PMNode } from '@tiptap/pm/model';
import type { SpellingService } from '../../../spelling/spellingService';
import { blockWords, type PlacedWord } from './blockWords';

/**
 * The misspelt words of a document, checked a text block at a time and remembered by block. Blocks are
 * immutable and an edit replaces only the blocks it touches, so a pause in a 20,000-word story reads
 * and checks the one paragraph that changed. Reading every word of the body again after each pause was
 * a third of what typing allocated, and its collections were the long tasks while typing.
 */
export class BlockSpelling {
  /** Each checked block's misspelt words, placed relative to the block. */
  private misspelt = new WeakMap<PMNode, PlacedWord[]>();

  constructor(private readonly service: Pick<SpellingService, 'wrongWords'>) {}

  /** For a change of dictionaries or of the user's words: every block is checked again. */
  forget(): void {
    this.misspelt = new WeakMap();
  }

  /** The first `max` misspelt words of `doc` in reading order, at document positions. */
  async misspeltWords(doc: PMNode, max: number): Promise<PlacedWord[]> {
    const misspelt = this.misspelt;
    const blocks: Array<{ node: PMNode; pos: number }> = [];
    const unchecked = new Map<PMNode, PlacedWord[]>();
    doc.descendants((node, pos) => {
      if (!node.isTextblock) return true;
      blocks.push({ node, pos });
      if (!misspelt.has(node) && !unchecked.has(node)) unchecked.set(node, blockWords(node));
      return false;
    });
    const wrong = await this.service.wrongWords([...unchecked.values()].flatMap((words) => words.map((w) => w.word)));
    // Into the map this check started with: if the dictionaries changed meanwhile, it has been dropped.
    for (const [node, words] of unchecked)
      misspelt.set(
        node,
        words.filter((w) => wrong.has(w.word)),
      );
    const placed: PlacedWord[] = [];
    for (const { node, pos } of blocks) {
      for (const w of misspelt.get(node)!) {
        if (placed.length === max) return placed;
        placed.push({ word: w.word, from: pos + w.from, to: pos + w.to });
      }
    }
    return placed;
  }
}
