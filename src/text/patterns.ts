// Building regular expressions from word lists (the lexicons are data; the
// patterns are made from them once, at module load).

/** Distinct words, longest first, so an alternation never stops at a shorter word inside a longer one. */
export const longestFirst = (words: Iterable<string>): string[] => [...new Set(words)].sort((a, b) => b.length - a.length);

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&');

/** `a|bb|c` → `bb|a|c`, escaped: a regex alternation of the words, longest first. */
export const alternation = (words: Iterable<string>): string => longestFirst(words).map(escapeRegExp).join('|');
