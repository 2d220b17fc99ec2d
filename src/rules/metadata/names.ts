// People's names in bylines: which tokens are names, and how names that sites
// print with a space inside (`钟 艺`, `吴凌 峰`) are put back together.
import { COMPOUND_SURNAMES, NOT_A_PERSON, SURNAMES } from '../../lexicon/people.js';

const surnames = new Set(SURNAMES);
const notPeople = new Set(NOT_A_PERSON);
/** Characters that end names of bodies, not of people (`湛江市工商联`, `宣传部`). */
const BODY_ENDINGS = /[市县区省局委会联部办社院所厅处站队组司团报网台刊]$/;

export function isPersonName(token: string): boolean {
  if (notPeople.has(token)) return false;
  if (!/^\p{Script=Han}+$/u.test(token)) return false;
  const compound = COMPOUND_SURNAMES.some((s) => token.startsWith(s));
  const min = 2;
  const max = compound ? 4 : 3;
  if (token.length < min || token.length > max) return false;
  if (!compound && !surnames.has(token[0])) return false;
  if (token.length === 3 && BODY_ENDINGS.test(token)) return false;
  // (a body's abbreviation of two characters is no person either: 江组 for 江都区委组织部, 邵委 for a town's party committee)
  if (token.length === 2 && /[委组局办部]$/.test(token)) return false;
  return true;
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Split on white space, 、 and commas, keeping each token's span relative to `base`. */
export function tokens(s: string, base: number): Token[] {
  const out: Token[] = [];
  const re = /[^\s、,，;；/|]+/g;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push({ text: m[0], start: base + m.index, end: base + m.index + m[0].length });
  return out;
}

/**
 * Join single characters that sites separate with a space to pad two-character
 * names: `钟 艺` → 钟艺, `吴凌 峰` → 吴凌峰. A lone character joins the next
 * lone character, else the name before it.
 */
export function mergeSplitNames(list: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < list.length; i++) {
    const t = list[i];
    const next = list[i + 1];
    if (t.text.length === 1 && next && next.text.length === 1) {
      out.push({ text: t.text + next.text, start: t.start, end: next.end });
      i += 1;
    } else if (t.text.length === 1 && out.length > 0 && out[out.length - 1].text.length === 2) {
      const prev = out[out.length - 1];
      out[out.length - 1] = { text: prev.text + t.text, start: prev.start, end: t.end };
    } else out.push(t);
  }
  return out;
}

/**
 * `王明刘强`, `董乃德刘加雷`: two names a page printed with nothing between them, split where the
 * second surname starts; only where one split alone makes two names (a token that is a name stays).
 */
export function splitGluedNames(list: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of list) {
    // (three names glued run to seven to nine characters: `陈众贾鹏魏伯阳`)
    const ways = t.text.length >= 4 && t.text.length <= 9 && !isPersonName(t.text) ? waysIntoNames(t.text, t.text.length <= 6 ? 2 : 3) : [];
    if (ways.length !== 1) {
      out.push(t);
      continue;
    }
    let from = 0;
    for (const at of [...ways[0], t.text.length]) {
      out.push({ text: t.text.slice(from, at), start: t.start + from, end: t.start + at });
      from = at;
    }
  }
  return out;
}

/** The ways `s` splits into `parts` names (each a list of where the names after the first start); two at most are looked for. */
function waysIntoNames(s: string, parts: number): number[][] {
  if (parts === 1) return isPersonName(s) ? [[]] : [];
  const ways: number[][] = [];
  for (let at = 2; at <= s.length - 2 && ways.length < 2; at++) {
    if (!surnames.has(s[at]) || !isPersonName(s.slice(0, at))) continue;
    for (const rest of waysIntoNames(s.slice(at), parts - 1)) ways.push([at, ...rest.map((r) => r + at)]);
  }
  return ways;
}
