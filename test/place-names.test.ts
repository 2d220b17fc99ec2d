// Every city's and county's full name in the gazetteer, in the phrases county news puts
// them in: a body of the place (…委组织部, …工商联) and a zone named after it (…经济开发区).
// Names open and run on with characters that are words elsewhere — prepositions (将乐县),
// conjunctions (永和县, 呼和浩特市), counts (五家渠市, 七台河市), determiners (本溪市, 那坡县),
// verbs (建湖县) — and each rule that cuts such a word off what stands before an ending once cut
// into a place. Here no name may lose a character.
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extract } from '../src/extract.js';

const gazetteer = JSON.parse(fs.readFileSync('data/gazetteer.json', 'utf8')) as { units: Array<[string, string]> };

/**
 * Cities and counties named in full, three to twelve characters (the longest name the
 * gazetteer's look-up reads); not the one that is a phrase (中沙群岛的岛礁及其海域).
 */
const units = gazetteer.units.filter(([code, name]) => !code.endsWith('0000') && name !== '市辖区' && !/[-的]/.test(name) && name.length >= 3 && name.length <= 12);
/** Names shared by several units (朝阳区, 鼓楼区): where they are is unsaid, the code is null. */
const shared = new Set(units.map(([, name]) => name).filter((name, i, all) => all.indexOf(name) !== i));
/** Districts named as a zone type ends (滨海新区, 浦东新区): one right before another type is where that zone lies, not its name. */
const endsAsAZoneType = (name: string) => name.endsWith('新区');

describe('a place’s full name is never cut', () => {
  test('there are names to check', () => expect(units.length).toBeGreaterThan(2500));

  test('in the names of its bodies (…委组织部, …工商联)', () => {
    const cut: string[] = [];
    for (const [, name] of units) {
      const phrases = /[县区市旗]$/.test(name) ? [`近日,${name}委组织部召开会议。`, `在${name}工商联的指导下,企业参加。`] : [`在${name}工商联的指导下,企业参加。`];
      for (const text of phrases) {
        const body = name + (text.includes('委组织部') ? '委组织部' : '工商联');
        const names = extract(text).organizations.map((o) => o.name);
        if (!names.includes(body)) cut.push(`${body}: ${names.join(' ')}`);
      }
    }
    expect(cut).toEqual([]);
  });

  test('in the name of a zone named after it, whatever verb stands before', () => {
    const cut: string[] = [];
    for (const [code, name] of units) {
      if (endsAsAZoneType(name)) continue;
      const zones = extract(`走访${name}经济开发区企业。`).zones;
      const zone = zones.find((z) => z.name === `${name}经济开发区`);
      const adcode = shared.has(name) ? null : code;
      if (!zone || zone.adcode !== adcode) cut.push(`${name}: ${zones.map((z) => `${z.name} ${z.adcode}`).join(' ')}`);
    }
    expect(cut).toEqual([]);
  });
});

describe('a place’s short form is never cut', () => {
  /** Cities and counties whose short form (the name without 市 or 县) names them alone. */
  const shortForms = (() => {
    const shorts = units.filter(([, name]) => /^[\u4e00-\u9fff]{2,4}[县市]$/.test(name)).map(([code, name]) => [code, name.slice(0, -1)]);
    const seen = new Map<string, number>();
    for (const [, s] of shorts) seen.set(s, (seen.get(s) ?? 0) + 1);
    return shorts.filter(([, s]) => seen.get(s) === 1);
  })();

  test('there are short forms to check', () => expect(shortForms.length).toBeGreaterThan(1500));

  test('in the name of a zone’s body named after it (…经济开发区党工委), whatever verb stands before', () => {
    const cut: string[] = [];
    for (const [, short] of shortForms) {
      for (const text of [`近日,${short}经济开发区党工委召开会议。`, `走访${short}高新区管委会。`]) {
        const body = short + (text.includes('党工委') ? '经济开发区党工委' : '高新区管委会');
        const names = extract(text).organizations.map((o) => o.name);
        if (!names.includes(body)) cut.push(`${body}: ${names.join(' ')}`);
      }
    }
    expect(cut).toEqual([]);
  });
});

describe('a county made a district keeps its old name', () => {
  /**
   * Districts of a plain name whose old county name no unit bears or was, named by no other district
   * (屯留区 → 屯留县; not 开平区, as 开平市 was 开平县 too, nor 连山区, as 连山县 is the short name of an
   * autonomous county).
   */
  const allNames = new Set(gazetteer.units.map(([, name]) => name));
  const otherClaims = (base: string) => allNames.has(base + '县') || allNames.has(base + '市') || gazetteer.units.some(([, name]) => name.startsWith(base) && name.endsWith('自治县'));
  const districts = units.filter(([code, name]) => /^[\u4e00-\u9fff]{2,4}区$/.test(name) && !/(?:新区|林区|特区|城区|郊区|矿区)$/.test(name) && !code.endsWith('00') && !shared.has(name) && !otherClaims(name.slice(0, -1)));

  test('there are districts to check', () => expect(districts.length).toBeGreaterThan(500));

  test('its old name as a county names the district', () => {
    const missed: string[] = [];
    for (const [code, name] of districts) {
      const former = name.slice(0, -1) + '县';
      const r = extract(`近日,${former}委组织部召开会议。`);
      if (!r.localities.some((l) => l.adcode === code && l.evidence.text === former)) missed.push(`${former}: ${r.localities.map((l) => `${l.evidence.text} ${l.adcode}`).join(' ')}`);
    }
    expect(missed).toEqual([]);
  });

  test('its old name as a city right before 场 is a market, no place, not even an unsettled one', () => {
    const r = extract('城中市场监管所参加会议。');
    expect(r.localities).toEqual([]);
    expect(r.ambiguous).toEqual([]);
  });
});
