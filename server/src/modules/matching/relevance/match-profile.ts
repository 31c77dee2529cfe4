import { z } from 'zod';
import { fileNamesText } from './file-names';
import { analogueReferences, readPartReferences } from './part-references';
import { type Quantity, readQuantities, withoutQuantities } from './quantities';
import { annotate, type Term, type TradeDictionary } from './trade-dictionary';
import { normalizeCode } from './text-normal';
import { tokenize } from './words';

/**
 * What relevance reads of a need or a capability (DESIGN.md §4, step 2), computed from its text when
 * it is written and stored beside it (`match_profile`): the product phrase of the title with its head
 * nouns, the title's and the description's terms after the trade dictionary, designations, the foreign
 * references, sizes and exclusive attributes. `PROFILE_VERSION` changes whenever this code or the
 * dictionary reads text differently; stored profiles of another version are recomputed.
 */
export const quantitySchema = z.object({
  dimension: z.string(),
  min: z.number(),
  max: z.number().nullable(),
});

export const matchProfileSchema = z.object({
  /** Head nouns of the title's product phrases (the first noun in Russian, the last word in English). */
  heads: z.array(z.string()),
  /** The head is a generic noun ("комплект", "система"): the product is named by what follows it. */
  genericHead: z.boolean(),
  /** Terms of the product phrases: heads with their modifiers. */
  product: z.array(z.string()),
  /** Adjectives of the product phrases ("батареи аккумуляторные" → аккумуляторн). */
  modifiers: z.array(z.string()),
  title: z.array(z.string()),
  body: z.array(z.string()),
  /** Designations with letters and digits (`ЭД20`, `КСО298`, `NPK16`). */
  designations: z.array(z.string()),
  /** Foreign references (`replaces` of a need, `analogues` of a capability), as upper-case tokens. */
  references: z.array(z.array(z.string())),
  titleQuantities: z.array(quantitySchema),
  bodyQuantities: z.array(quantitySchema),
  /** Values of exclusive attributes (dictionary concepts), in the title and in the description. */
  titleClasses: z.array(z.string()),
  bodyClasses: z.array(z.string()),
  /** A need's file names as they were when it was read (absent without files): a stored profile holds only for them. */
  files: z.array(z.string()).optional(),
});
export type MatchProfile = z.infer<typeof matchProfileSchema>;

/** Head nouns that say nothing of the product: the words beside them name it ("Горелочные устройства", "Комплект для защиты от дуги"). */
const GENERIC_HEADS = new Set(
  (
    'комплект набор систем устройств издел оборудован установк станц элемент детал запчаст част продукц ' +
    'материал узел агрегат товар услуг работ средств принадлежн производств изготовлен выпуск ' +
    'kit set system devic unit equip part product assembl item manufactur servic'
  ).split(' '),
);
/** Words after which the rest of a phrase is a specification or a standard, not the product. */
const SPEC_WORDS = new Set(
  'тип типоразмер сер класс марк модел исполнен размер гост ост ту size type seri class grade model iso din en astm sae iec api'.split(
    ' ',
  ),
);

type Word = Extract<Term, { kind: 'word' }>;

/** The heads of one coordinated part: its first noun in Russian, its last word in English. */
function headsOf(words: Word[]): { heads: string[]; generic: boolean } {
  if (words[0]!.latin) {
    const plain = words.filter((word) => word.concept || word.stem.length > 3);
    const head = (plain.at(-1) ?? words.at(-1)!).stem;
    return { heads: [head], generic: GENERIC_HEADS.has(head) };
  }
  const index = words.findIndex((word) => !word.adjective);
  // Adjectives alone ("консольные и моноблочные насосы") share the head of the part after them.
  if (index === -1) return { heads: [], generic: false };
  const noun = words[index]!;
  if (!GENERIC_HEADS.has(noun.stem)) return { heads: [noun.stem], generic: false };
  // A generic noun hands over to the adjectives before it ("горелочные устройства" → горелочн), else to
  // the noun after it ("комплект уплотнений" → уплотнен), else to the adjectives after it.
  const before = words.slice(0, index).filter((word) => word.adjective);
  if (before.length > 0) return { heads: before.map((word) => word.stem), generic: true };
  const complement = words.slice(index + 1).find((word) => !word.adjective && !GENERIC_HEADS.has(word.stem));
  if (complement) return { heads: [complement.stem], generic: true };
  return {
    heads: words
      .slice(index + 1)
      .filter((word) => word.adjective)
      .map((word) => word.stem),
    generic: true,
  };
}

type Segment = { parts: Word[][]; afterPreposition: boolean; parenthesized: boolean };

/** The title cut at prepositions, punctuation and specification words; each segment a list of coordinated parts. */
function segmentsOf(terms: Term[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  let depth = 0;
  let afterPreposition = false;
  const close = () => {
    if (current) segments.push(current);
    current = null;
  };
  for (const term of terms) {
    if (term.kind === 'code' || (term.kind === 'word' && term.consumed)) continue;
    if (term.kind === 'word' && !SPEC_WORDS.has(term.stem)) {
      current ??= { parts: [[]], afterPreposition, parenthesized: depth > 0 };
      current.parts.at(-1)!.push(term);
    } else if (term.kind === 'and') {
      current?.parts.push([]);
    } else {
      close();
      if (term.kind === 'break') {
        afterPreposition = term.preposition !== null;
        if (term.mark === '(') depth += 1;
        if (term.mark === ')') depth = Math.max(0, depth - 1);
      }
    }
  }
  close();
  return segments
    .map((segment) => ({ ...segment, parts: segment.parts.filter((part) => part.length > 0) }))
    .filter((segment) => segment.parts.length > 0);
}

type Product = { heads: string[]; genericHead: boolean; product: string[]; modifiers: string[] };

/**
 * The product phrases of a title. A need's title names one product first ("Диск сцепления ведомый
 * 430 мм для КАМАЗ"): its first segment, or the next ones while its heads are generic. A capability's
 * title lists several ("Сцепления: диски ведомые, корзины"), so every segment counts that is neither
 * in parentheses nor after a preposition.
 */
function productOf(terms: Term[], listing: boolean): Product {
  const heads: string[] = [];
  const product: Word[] = [];
  let genericHead = false;
  for (const segment of segmentsOf(terms)) {
    if (segment.parenthesized) continue;
    if (heads.length > 0 && !listing) break;
    if (heads.length > 0 && segment.afterPreposition) continue;
    for (const part of segment.parts) {
      const found = headsOf(part);
      heads.push(...found.heads);
      genericHead ||= found.generic;
      product.push(...part);
    }
  }
  return {
    heads: [...new Set(heads)],
    genericHead,
    product: [...new Set(product.map((word) => word.stem))],
    modifiers: [...new Set(product.filter((word) => word.adjective).map((word) => word.stem))],
  };
}

/** The words of a text: a need's without the words its concepts stand for (they would count twice), a capability's with them. */
const wordsOf = (terms: Term[], withConsumed: boolean) => [
  ...new Set(
    terms.flatMap((term) => (term.kind === 'word' && (withConsumed || !term.consumed) ? [term.stem] : [])),
  ),
];

/** Ratings that many products share (IP65, T6, 1Ex, DN300): not designations of a product. */
const RATING = /^(?:IP|IK|EX|\dEX|T|УХЛ|ХЛ|У|Т|GB|DN|PN|ДУ|РУ|М|M|G|ОМ|IIC|IIB)\d/;

/** Designations: codes with letters and digits, and an abbreviation followed by a number (`AZS 33`, `МКЦ 102`); sizes are not. */
function designationsOf(text: string): string[] {
  const found = new Set<string>();
  const keep = (code: string) => {
    if (code.length >= 2 && /\d/.test(code) && /\p{L}/u.test(code) && !RATING.test(code)) found.add(code);
  };
  const plain = withoutQuantities(text);
  for (const match of plain.matchAll(/(?<![\p{L}\d])([\p{L}\d]+(?:[-./][\p{L}\d]+)*)/gu))
    keep(normalizeCode(match[1]!));
  for (const match of plain.matchAll(/(?<![\p{L}\d])([A-ZА-Я]{2,6})[\s-](\d{2,5})(?![\d.,])/gu)) {
    keep(normalizeCode(`${match[1]}${match[2]}`));
  }
  return [...found];
}

const classesOf = (terms: Term[]) => [
  ...new Set(
    terms.flatMap((term) => (term.kind === 'word' && term.concept?.exclusiveClass ? [term.stem] : [])),
  ),
];

const storedQuantities = (quantities: Quantity[]) =>
  quantities.map((q) => ({ ...q, max: Number.isFinite(q.max) ? q.max : null }));

const REPLACEMENT_CLAUSE =
  /(?:^|[\s,;])(?:замена|взамен|вместо|аналог\p{L}*|replacement for|replaces?|instead of)(?![\p{L}]).*$/isu;

/**
 * A need's title without its asides: what is in parentheses and a trailing "замена …" clause say
 * what it replaces or repeat it in other words; they count as the description does.
 */
function withoutAsides(title: string): { main: string; aside: string } {
  const asides: string[] = [];
  const main = title
    .replace(/\([^()]*\)/g, (group) => {
      asides.push(group.slice(1, -1));
      return ' , ';
    })
    .replace(REPLACEMENT_CLAUSE, (clause) => {
      asides.push(clause);
      return '';
    });
  return { main, aside: asides.join(' , ') };
}

type ProfileInput = { title: string; description: string; references: string[][] };

function profileOf(input: ProfileInput, dictionary: TradeDictionary, listing: boolean): MatchProfile {
  const referenceWords = new Set(
    input.references
      .flat()
      .flatMap((token) => tokenize(token).flatMap((t) => (t.kind === 'word' ? [t.stem] : []))),
  );
  const withoutReferences = (terms: Term[]) =>
    terms.filter((term) => !(term.kind === 'word' && !term.concept && referenceWords.has(term.stem)));
  const { main, aside } = listing ? { main: input.title, aside: '' } : withoutAsides(input.title);
  const titleTerms = withoutReferences(annotate(tokenize(main), dictionary));
  const bodyTerms = withoutReferences(annotate(tokenize(`${aside}\n${input.description}`), dictionary));
  return {
    ...productOf(titleTerms, listing),
    title: wordsOf(titleTerms, listing),
    body: wordsOf(bodyTerms, listing),
    designations: designationsOf(`${input.title}\n${input.description}`),
    references: input.references,
    titleQuantities: storedQuantities(readQuantities(input.title)),
    bodyQuantities: storedQuantities(readQuantities(input.description)),
    titleClasses: classesOf(titleTerms),
    bodyClasses: classesOf(bodyTerms),
  };
}

/** `files`: the names of the need's attachments; they are read as more description (a drawing's name names the part). */
export type NeedText = {
  title: string;
  description: string;
  replaces: string | null;
  files?: readonly string[];
};
export type CapabilityText = { title: string; description: string; analogues: string[] };

export function needProfile(need: NeedText, dictionary: TradeDictionary): MatchProfile {
  const files = need.files ?? [];
  const profile = profileOf(
    {
      title: need.title,
      description: files.length > 0 ? `${need.description}\n${fileNamesText(files)}` : need.description,
      references: readPartReferences(need.replaces).map((reference) => reference.tokens),
    },
    dictionary,
    false,
  );
  return files.length > 0 ? { ...profile, files: [...files] } : profile;
}

/** Whether a stored need profile was read with these file names (in this order). */
export const readWithFiles = (profile: MatchProfile, files: readonly string[]): boolean => {
  const read = profile.files ?? [];
  return read.length === files.length && read.every((name, i) => name === files[i]);
};

export const capabilityProfile = (capability: CapabilityText, dictionary: TradeDictionary): MatchProfile =>
  profileOf(
    {
      title: capability.title,
      description: capability.description,
      references: analogueReferences(capability.analogues).map((reference) => reference.tokens),
    },
    dictionary,
    true,
  );
