/**
 * Which of a fixed set of words a text writes, asked many times of one file: a class or package can
 * only be reached under another name where its own name is written, so a file that never writes
 * one skips the scope lookups for it.
 *
 * Package names are scoped (`@huggingface/inference`, `@gradio/client`, …), and `@` is everywhere
 * in documented code (`@param`): one `includes` per package took 0.3 ms on a 1.3 MB bundle, 2.7 ms
 * for the catalogue's eight, more than all the rest of the rule that asked (docs/performance.md,
 * eighth round). Every scoped word of the set is looked for in one pass over the text's `@`s.
 */
/** A word list's scoped words by the character after their `@`: grouped once per list, not once per file. */
const scopedGroupsByList = new WeakMap<readonly string[], ReadonlyMap<number, readonly string[]>>();

function scopedGroupsOf(words: readonly string[]): ReadonlyMap<number, readonly string[]> {
  let groups = scopedGroupsByList.get(words);
  if (groups) return groups;
  const built = new Map<number, string[]>();
  for (const word of new Set(words)) {
    if (!word.startsWith("@") || word.length < 2) continue;
    const second = word.charCodeAt(1);
    const group = built.get(second);
    if (group) group.push(word);
    else built.set(second, [word]);
  }
  groups = built;
  scopedGroupsByList.set(words, groups);
  return groups;
}

export class WordMentions {
  private readonly known = new Map<string, boolean>();
  private scopedRead = false;
  /** Scoped words of the set by the character after their `@`. */
  private readonly scopedBySecondCharacter: ReadonlyMap<number, readonly string[]>;

  constructor(
    private readonly text: string,
    /** Every word the file will be asked about; the same array for every file. */
    words: readonly string[],
  ) {
    this.scopedBySecondCharacter = scopedGroupsOf(words);
  }

  mentions(word: string): boolean {
    const known = this.known.get(word);
    if (known !== undefined) return known;
    if (word.startsWith("@") && !this.scopedRead && this.scopedBySecondCharacter.get(word.charCodeAt(1))?.includes(word) === true) {
      this.readScopedWords();
      return this.known.get(word) ?? false;
    }
    const found = this.text.includes(word);
    this.known.set(word, found);
    return found;
  }

  mentionsAny(words: readonly string[]): boolean {
    return words.some((word) => this.mentions(word));
  }

  private readScopedWords(): void {
    this.scopedRead = true;
    for (const group of this.scopedBySecondCharacter.values()) for (const word of group) this.known.set(word, false);
    const text = this.text;
    for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
      const group = this.scopedBySecondCharacter.get(text.charCodeAt(at + 1));
      if (group === undefined) continue;
      for (const word of group) if (text.startsWith(word, at)) this.known.set(word, true);
    }
  }
}
