// Dictionaries looked up at every position of an article (the gazetteer, OpenCC's
// phrases) as a trie by UTF-16 code unit, with the first unit of every key in
// a table and the first two as bits: at most positions no key starts, and one
// or two array reads say so before any walk into the trie.

export interface TrieNode<V> {
  /** Children by UTF-16 code unit: a number key is a cheaper lookup than a one-character string. */
  next: Map<number, TrieNode<V>>;
  /** What the path to here names, if it is a whole key. */
  value?: V;
}

export class CharTrie<V> {
  readonly root: TrieNode<V> = { next: new Map() };
  /** One bit per pair of first units (the low 10 bits of each: pairs that share them only cost a walk). */
  private readonly pairs = new Uint8Array(1 << 17);
  /** 1 for each unit some key starts with. */
  private readonly firsts = new Uint8Array(0x10000);

  /** The node of `key` (two units at least), made if missing, for the caller to set or extend its value. */
  nodeFor(key: string): TrieNode<V> {
    const bit = pairBit(key.charCodeAt(0), key.charCodeAt(1));
    this.pairs[bit >> 3] |= 1 << (bit & 7);
    this.firsts[key.charCodeAt(0)] = 1;
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let next = node.next.get(c);
      if (!next) node.next.set(c, (next = { next: new Map() }));
      node = next;
    }
    return node;
  }

  /** Whether some key starts with this unit. */
  startsWith(first: number): boolean {
    return this.firsts[first] === 1;
  }

  /** Whether some key may start with these two units (false: certainly none does). */
  mayStart(first: number, second: number): boolean {
    const bit = pairBit(first, second);
    return (this.pairs[bit >> 3] & (1 << (bit & 7))) !== 0;
  }

  /** The longest key at `i` of `text` (at most `max` units), as its length and value; null if none. */
  longestAt(text: string, i: number, max = Infinity): { length: number; value: V } | null {
    if (i + 1 >= text.length) return null;
    const first = text.charCodeAt(i);
    if (this.firsts[first] === 0 || !this.mayStart(first, text.charCodeAt(i + 1))) return null;
    let node: TrieNode<V> | undefined = this.root;
    let best: { length: number; value: V } | null = null;
    for (let j = i; j < text.length && j - i < max; j++) {
      node = node.next.get(text.charCodeAt(j));
      if (!node) break;
      if (node.value !== undefined) best = { length: j + 1 - i, value: node.value };
    }
    return best;
  }
}

const pairBit = (first: number, second: number) => ((first & 0x3ff) << 10) | (second & 0x3ff);
