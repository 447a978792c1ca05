import { describe, expect, it } from 'vitest';
import { loadSearchIndex } from '../../../../src/data/code-set-node.ts';
import { SEARCH_DICTIONARY } from '../../../../src/data/search-dictionary.ts';
import { buildSearchIndex, createSearcher, describeSearchHint, editDistance, withoutExceptions, type SearchDictionaryEntry } from '../../../../src/domain/codes/search.ts';
import { hyphenJoins, negatedWords } from '../../../../src/domain/codes/search-words.ts';
import { encodePostings, postingIds, postingParts } from '../../../../src/domain/codes/search-shards.ts';
import type { IndexNode } from '../../../../src/domain/codes/alphabetic-index.ts';

const search = createSearcher(loadSearchIndex(), SEARCH_DICTIONARY);
const top = (q: string, k = 5): string[] => search(q, k).map((h) => h.code);

describe('code search reads how people write', () => {
  it('reads CAD as coronary artery disease and says so, with the Index path', () => {
    const [first] = search('CAD', 5);
    expect(first?.code).toBe('I25.10');
    expect(first?.why).toMatch(/^CAD read as coronary artery disease; Index: Disease, diseased, coronary/);
  });

  it('reads abbreviations instead of matching their letters in HCPCS titles', () => {
    expect(top('SOB', 3).some((c) => c.startsWith('R06'))).toBe(true);
    expect(top('N/V', 1)[0]).toMatch(/^R11/);
    expect(top('T2DM', 1)[0]).toMatch(/^E11/);
  });

  it('offers each meaning of an ambiguous abbreviation', () => {
    const codes = top('MS', 10);
    expect(codes.some((c) => c.startsWith('G35'))).toBe(true);
    expect(codes.some((c) => c.startsWith('I05'))).toBe(true);
  });

  it('reads "PE" first as pulmonary embolism and still offers the examination and pleural effusion', () => {
    const hits = search('PE', 10);
    expect(hits[0]?.code).toMatch(/^I26/);
    expect(hits[0]?.why).toMatch(/^PE read as pulmonary embolism; Index: Embolism, pulmonary/);
    const codes = hits.map((h) => h.code);
    expect(codes.some((c) => c.startsWith('Z00'))).toBe(true);
    expect(codes.some((c) => /^J9[01]/.test(c))).toBe(true);
    expect(hits.find((h) => /^J9[01]/.test(h.code))?.why).toMatch(/^PE read as pleural effusion/);
    // With more words the query decides: "PE exam" is the examination, "history of PE" the embolism.
    expect(top('PE exam', 1)[0]).toMatch(/^Z0/);
    expect(top('history of PE', 1)[0]).toBe('Z86.711');
  });

  it('offers each meaning of the new ambiguous abbreviations (BPD, ASD, GBS) in the first results', () => {
    const has = (q: string, prefix: string) => top(q, 10).some((c) => c.startsWith(prefix));
    for (const p of ['F31', 'F60', 'P27']) expect(has('BPD', p), `BPD ${p}`).toBe(true);
    for (const p of ['F84', 'Q21']) expect(has('ASD', p), `ASD ${p}`).toBe(true);
    for (const p of ['G61', 'Z22']) expect(has('GBS', p), `GBS ${p}`).toBe(true);
  });

  it('steers encounter wording to the Z-code family', () => {
    const [first] = search('tdap shot', 1);
    expect(first?.code).toBe('Z23');
    expect(first?.why).toContain('shot read as encounter for vaccination');
    expect(top('sports physical', 1)[0]).toMatch(/^Z02/);
    expect(top('history of breast cancer', 1)[0]).toMatch(/^Z85/);
    expect(top('follow up visit', 3).some((c) => c.startsWith('Z09'))).toBe(true);
  });

  it('reads a past participle as its Index word ("burned hand", "collapsed vertebra")', () => {
    expect(top('burned hand', 1)[0]).toMatch(/^T23/);
    expect(top('collapsed vertebra', 1)[0]).toMatch(/^M48\.5/);
  });

  it('drops possessives before reading a phrase ("fell off my bike")', () => {
    expect(top('fell off my bike', 1)[0]).toMatch(/^V18/);
    expect(top('my', 1)).toEqual([]);
  });

  it('steers injury phrasing to external causes', () => {
    expect(top('bitten by a dog').some((c) => c.startsWith('W54'))).toBe(true);
    expect(top('fell off a ladder').some((c) => c.startsWith('W11'))).toBe(true);
  });

  it('finds HCPCS supplies named in plain words', () => {
    expect(top('walker', 1)[0]).toMatch(/^E01[34]/);
    expect(top('glucose test strips', 3).some((c) => c === 'A4253' || c === 'A4772')).toBe(true);
  });

  it('reads one word typed for two ("kidneystone", "earwax") apart and says so', () => {
    const o = search.outcome('kidneystone', 5);
    expect(o.didYouMean).toBe('kidney stone');
    expect(o.hits[0]?.code).toMatch(/^N20/);
    expect(top('heartattack').some((c) => c.startsWith('I21'))).toBe(true);
    expect(top('earwax', 1)[0]).toMatch(/^H61/);
    // A stage typed onto its word is read apart too.
    expect(top('CKD3a', 1)[0]).toBe('N18.31');
    // A one-edit misspelling is corrected, not cut in two.
    expect(search.outcome('diabetis', 5).didYouMean).toBe('diabetes');
  });

  it('joins an Index word typed in two halves before spelling changes a half ("osteo porosis")', () => {
    const o = search.outcome('osteo porosis', 5);
    expect(o.didYouMean).toBeUndefined();
    expect(o.hits[0]?.code).toMatch(/^M81/);
    // Two real words stay two words.
    expect(top('hypo glycemia', 1)[0]).toMatch(/^E16/);
  });

  it('reads two words the dictionary writes as one before correcting either ("near sighted")', () => {
    const o = search.outcome('near sighted', 5);
    expect(o.didYouMean).toBeUndefined();
    expect(o.hits[0]?.code).toMatch(/^H52/);
    expect(top('in grown toenail', 1)[0]).toMatch(/^L60/);
  });

  it('reads an abbreviation that is also a plain word only as typed or in capitals', () => {
    expect(top('PAD', 1)[0]).toMatch(/^I7[03]/);
    expect(top('PADs', 1)[0]).toMatch(/^I7[03]/);
    expect(top('gauze pads', 1)[0]).toMatch(/^A6/);
    // A plural the light stem keeps whole still reads as the abbreviation.
    expect(top('UTIs', 1)[0]).toBe('N39.0');
    expect(top('utis', 1)[0]).toBe('N39.0');
  });

  it('counts who the patient is only for entries that name it ("ear ache child")', () => {
    expect(top('ear ache child', 1)[0]).toMatch(/^H92/);
    // Entries that name the person still rank first when there are some.
    expect(top('child abuse', 3).some((c) => c.startsWith('T74.12'))).toBe(true);
  });

  it('joins two words the Index writes as one', () => {
    const [first] = search('tooth ache', 1);
    expect(first?.code).toMatch(/^K08/);
    expect(first?.why).toContain('tooth ache read as toothache');
  });
});

describe('spelling tolerance', () => {
  it('corrects a misspelling and says "did you mean"', () => {
    const o = search.outcome('hypertention', 5);
    expect(o.didYouMean).toBe('hypertension');
    expect(o.hits[0]?.code).toBe('I10');
    expect(search.outcome('pnuemonia', 5).hits[0]?.code).toMatch(/^J18/);
    // Not in the dictionary: corrected by edit distance over the Index and title vocabulary.
    const p = search.outcome('acute pancreatitus', 5);
    expect(p.didYouMean).toBe('acute pancreatitis');
    expect(p.hits[0]?.code).toMatch(/^K85/);
  });

  it.each([
    ['hypoglycemia', 'E16'],
    ['hyperglycemia', 'R73'],
    ['dysphagia', 'R13'],
    ['dysphasia', 'R47'],
    ['fracture ilium', 'S32'],
    ['ileum obstruction', 'K56'],
  ])('never overrides the exact medical word %s', (q, cat) => {
    const o = search.outcome(q, 5);
    expect(o.didYouMean).toBeUndefined();
    expect(o.hits.some((h) => h.code.startsWith(cat))).toBe(true);
  });

  it('prefers the word people type when two corrections are as near ("brokn" is "broken", not "brown")', () => {
    const o = search.outcome('brokn ankle', 5);
    expect(o.didYouMean).toBe('broken ankle');
    expect(o.hits.some((h) => /^S(82|92)/.test(h.code))).toBe(true);
  });

  it('leaves plain words and lay phrases alone', () => {
    expect(search.outcome('strep throat', 5).didYouMean).toBeUndefined();
    expect(search.outcome('hurt lifting boxes', 5).didYouMean).toBeUndefined();
  });

  it('counts a swap of two letters as one edit', () => {
    expect(editDistance('pnuemonia', 'pneumonia', 2)).toBe(1);
    expect(editDistance('ileum', 'ilium', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
});

describe('bad input', () => {
  it.each([
    ['a 10,000-character query', 'x'.repeat(10_000), 'too-long'],
    ['only punctuation', '?!...;;--', 'no-words'],
    ['emoji', '🤒🤕', 'no-words'],
    ['nonsense', 'qqqqzzzz', 'no-results'],
  ] as const)('%s returns no hits and a hint, never an error', (_, q, hint) => {
    const o = search.outcome(q, 10);
    expect(o.hits).toEqual([]);
    expect(o.hint).toBe(hint);
    expect(describeSearchHint(hint)).toMatch(/\w/);
    expect(search(q)).toEqual([]);
  });

  it('reads cracked skin and lips as fissures and a knocked-out tooth as an avulsion, not a fracture or lost consciousness', () => {
    expect(top('cracked heels', 2)).toEqual(['R23.4', 'L85.3']);
    expect(top('cracked heels').some((c) => /^[ST]/.test(c))).toBe(false);
    expect(top('cracked lips', 1)[0]).toBe('K13.0');
    expect(top('cracked rib', 1)[0]).toMatch(/^S22/);
    expect(top('knocked out tooth', 1)[0]).toBe('S03.2');
  });

  it('offers OM as osteomyelitis as well as otitis media', () => {
    expect(top('OM', 1)[0]).toMatch(/^H6[56]/);
    expect(top('OM', 5).some((c) => c.startsWith('M86'))).toBe(true);
    expect(top('OM foot', 1)[0]).toMatch(/^M86/);
  });

  it('reads brand names the Table of Drugs has no row for as the class row that holds them', () => {
    expect(top('lamictal overdose', 1)[0]).toBe('T42.6X1');
    expect(top('keppra adverse effect', 1)[0]).toBe('T42.6X5');
    expect(top('plavix adverse effect', 1)[0]).toBe('T45.525');
    expect(top('nexium overdose', 1)[0]).toBe('T47.1X1');
    expect(top('risperdal adverse effect', 1)[0]).toBe('T43.595');
    // Lithium carbonate is the drug row (T43.59-), not the metal (T56.89-).
    expect(top('lithobid toxicity', 2)).not.toContain('T56.891');
  });
});

describe('reading rules added for the second held-out round (2026-12-01)', () => {
  it('corrects a letter typed two places off, a silent first letter left off, and a misspelt plural', () => {
    const o = search.outcome('athsma', 5);
    expect(o.didYouMean).toBe('asthma');
    expect(o.hits[0]?.code).toMatch(/^J45/);
    // "soriasis" is one edit from "siriasis" too: the silent p wins.
    expect(search.outcome('soriasis', 5).didYouMean).toBe('psoriasis');
    // The plural strip made "gastrits" one edit from "gastric": the word as typed is nearer "gastritis".
    expect(search.outcome('gastrits', 5).didYouMean).toBe('gastritis');
    // Still never changes a real word.
    expect(search.outcome('hypoglycemia', 5).didYouMean).toBeUndefined();
  });

  it('reads a gerund through its word ("coughing"), unless one edit fixes it ("vomitting")', () => {
    expect(top('cant stop coughing', 1)[0]).toMatch(/^R05/);
    expect(search.outcome('vomitting', 5).didYouMean).toBe('vomiting');
  });

  it('leaves who the patient is and how a poisoning happened as typed ("toddler", "mistake")', () => {
    expect(search.outcome('scalp hematoma toddler', 5).didYouMean).toBeUndefined();
    expect(top('scalp hematoma toddler', 1)[0]).toMatch(/^S00/);
    // "mistake" is not cut into "MIs" + "take".
    expect(top('gave double insulin dose by mistake', 1)[0]).toBe('T38.3X1');
  });

  it('does not read "see condition" in the Index as a synonym (Scalp: see condition)', () => {
    expect(loadSearchIndex().synonyms['scalp']).toBeUndefined();
    expect(top('mets to liver', 5)).not.toContain('U09.9');
  });

  it('reads an injury named with its cause apart, so the injury code is offered with the cause', () => {
    const codes = top('whiplash after car accident', 5);
    expect(codes.some((c) => c.startsWith('S13'))).toBe(true);
    expect(codes.some((c) => c.startsWith('V'))).toBe(true);
    // With no injury word, nothing is read apart: "fell at home" stays an external cause.
    expect(top('fell at home', 5).some((c) => /^S/.test(c))).toBe(false);
  });

  it('reads a supply named first with what it is for as the supply ("sling for broken arm")', () => {
    expect(top('sling for broken arm', 1)[0]).toBe('A4565');
    // A supply named after "for" is what the other one is for: the tubing leads, not the CPAP.
    expect(top('heated tubing for cpap', 5)).toContain('A4604');
  });

  it('offers each complaint joined by "and" while a code that combines them stays first', () => {
    const codes = top('sorethroat and fever', 5);
    expect(codes).toContain('J02.9');
    expect(codes).toContain('R50.9');
    expect(top('nausea and vomiting', 2)).toContain('R11.2');
    // A part that reads only weakly adds nothing ("brakes" is no complaint).
    expect(top('rollator with seat and brakes', 5).some((c) => /^T/.test(c))).toBe(false);
  });

  it('reads a pregnant patient\'s condition with the Index\'s Pregnancy entry (Guidelines Section I.C.15.a.1)', () => {
    expect(top('pregnant with type 1 diabetes', 1)[0]).toMatch(/^O24\.01/);
    expect(top('pregnant', 5).some((c) => /^Z3[34]/.test(c))).toBe(true);
  });
});

describe('review of the second held-out round (2026-11-30)', () => {
  // Filler codes, so that no test word is in a tenth of all documents (such words rank nothing).
  const filler = Array.from({ length: 40 }, (_, i) => ({ code: `R${10 + i}`, billable: true, title: `filler ${i}` }));

  it('builds no synonym from an Index "see condition" and still builds one from "see Maltreatment"', () => {
    const letters = new Map<string, IndexNode[]>([
      ['S', [{ t: 'Scalp', see: 'condition' }]],
      ['A', [{ t: 'Abandonment', see: 'Maltreatment' }]],
      ['M', [{ t: 'Maltreatment', c: 'T74.91' }]],
    ]);
    const data = buildSearchIndex(2027, [...filler, { code: 'T7491', billable: true, title: 'Adult neglect' }], letters);
    expect(data.synonyms['scalp']).toBeUndefined();
    expect(data.synonyms['abandonment']).toEqual(['maltreatment']);
  });

  it('steers a supply toward HCPCS codes and a diagnosis word toward ICD-10-CM codes when both sets have the prefix', () => {
    const rows = [...filler, { code: 'V2599', billable: true, title: 'Rider of motorcycle lens cap' }];
    const data = buildSearchIndex(2027, rows, new Map(), { release: '2025-10', rows: [{ code: 'V2599', title: 'Contact lens other type' }] });
    const supply: SearchDictionaryEntry = { term: 'lenses', supply: true, meanings: [{ reads: 'lens', prefer: ['V25'] }] };
    const word: SearchDictionaryEntry = { term: 'lensed', meanings: [{ reads: 'lens', prefer: ['V25'] }] };
    const s = createSearcher(data, [supply, word]);
    expect(s('lenses', 1)[0]).toMatchObject({ system: 'hcpcs', code: 'V2599' });
    expect(s('lensed', 1)[0]).toMatchObject({ system: 'icd10cm', code: 'V25.99' });
  });

  it('reads "mother" as a family history except for a newborn, and never reads "has" as HA', () => {
    expect(top('infant of diabetic mother', 1)[0]).toBe('P70.1');
    expect(top('mom had breast cancer', 1)[0]).toBe('Z80.3');
    const [sister] = search('sister has diabetes', 1);
    expect(sister?.code).toBe('Z83.3');
    expect(sister?.why).not.toMatch(/HAS read as headache/);
    expect(search('HA', 1)[0]?.code).toMatch(/^R51/);
  });

  it('reads chlamydia screening as the Index does (Screening, chlamydial diseases Z11.8)', () => {
    expect(top('chlamydia screening', 1)[0]).toBe('Z11.8');
  });
});


describe('round 3 (session 11): readings found by held-out queries', () => {
  it('reads "cancer" alone as a neoplasm of unspecified site, not as the phobia the flattened Index cut short', () => {
    const hits = search('cancer', 5);
    expect(hits[0]?.code).toBe('C80.1');
    expect(hits[0]?.why).toMatch(/Neoplasm Table, .*unknown site or unspecified, Malignant Primary/);
    // The phobia is still there for the word itself.
    expect(top('cancerophobia', 1)[0]).toBe('F45.29');
    expect(top('mets', 1)[0]).toBe('C79.9');
    expect(top('benign tumor', 1)[0]).toBe('D36.9');
    // A named site still reads its own row.
    expect(top('skin cancer', 1)[0]).toMatch(/^C44/);
  });

  it('enters the Index by every form of a main term: "MI" is Infarct, infarction, not Impending, myocardial infarction', () => {
    const [first] = search('MI', 5);
    expect(first?.code).toMatch(/^I21/);
    expect(first?.why).toMatch(/Index: Infarct, infarction, myocardium/);
    expect(top('old MI', 3)).toContain('I25.2');
  });

  it('lets the Neoplasm Table row lead over an Index entry that names more than the query', () => {
    // "Cancer, bile duct type liver" (C22.1) names a histology the query does not.
    expect(top('liver cancer', 1)[0]).toBe('C22.9');
    expect(top('hepatocellular cancer', 1)[0]).toBe('C22.0');
  });

  it('ranks a fracture typed without a kind as traumatic, and a named kind as that kind', () => {
    const codes = top('right ankle fracture initial', 10);
    const traumatic = codes.findIndex((c) => c.startsWith('S82'));
    const stress = codes.findIndex((c) => c.startsWith('M84'));
    expect(traumatic).toBeGreaterThanOrEqual(0);
    expect(traumatic).toBeLessThan(5);
    expect(stress === -1 || stress > traumatic).toBe(true);
    expect(top('stress fracture right ankle', 1)[0]).toMatch(/^M84\.37/);
    expect(top('pathological fracture right ankle', 1)[0]).toMatch(/^M84\.47/);
  });

  it('reads a cause the Index sends to an injury as that injury too ("Scald: see Burn")', () => {
    const hits = search('scalded right foot', 5);
    expect(hits[0]?.code).toMatch(/^T25/);
    expect(hits.some((h) => h.code.startsWith('X1'))).toBe(true);
  });
});

describe('session 11 review: readings a coder would give', () => {
  it('reads "stuck in" as a foreign body where one is named, and as the W23 cause otherwise', () => {
    expect(top('bead stuck in ear', 1)[0]).toMatch(/^T16/);
    expect(top('food stuck in throat', 1)[0]).toMatch(/^T17/);
    expect(top('got stuck in the elevator door', 1)[0]).toMatch(/^W23/);
  });

  it('does not steer a fall to the stairs codes when no stairs are named', () => {
    expect(top('toppled off a ladder', 1)[0]).toMatch(/^W11/);
    expect(top('toppled down the basement stairs', 1)[0]).toMatch(/^W10/);
  });

  it('leads a pregnant patient\'s condition with Chapter 15 (I.C.15.a.1) and reads therapy after surgery as aftercare', () => {
    expect(top('pregnant smoker', 1)[0]).toMatch(/^O99\.33/);
    expect(top('PT after knee surgery', 1)[0]).toMatch(/^Z4[78]/);
  });
});

describe('round 4 (2026-12-01): readings found by held-out queries', () => {
  it('reads a brand name with "shot" as the drug injected: "Phenergan shot" offers promethazine injection J2550', () => {
    const hits = search('Phenergan shot', 5);
    const j = hits.find((h) => h.code === 'J2550');
    expect(j?.why).toBe('phenergan read as promethazine; shot read as injection');
    // "shot" alone, or with a vaccine, is still the vaccination.
    expect(top('tdap shot', 1)[0]).toBe('Z23');
  });

  it('reads physical therapy for a condition as the condition, not a general exam (Guidelines Section IV.L)', () => {
    const codes = top('physical therapy for back pain', 5);
    expect(codes[0]).toMatch(/^M54/);
    expect(codes.some((c) => c.startsWith('Z00'))).toBe(false);
    expect(top('sports physical', 1)[0]).toMatch(/^Z02/);
  });

  it('reads an encounter said as a visit: "chemo infusion visit" is Z51.11 before the HCPCS administration codes', () => {
    expect(top('chemo infusion visit', 1)[0]).toBe('Z51.11');
  });

  it('reads a cut as the Index does (Cut, see also Laceration): "cut on left palm" is a laceration of the hand, not a burn', () => {
    const codes = top('cut on left palm', 5);
    expect(codes[0]).toMatch(/^S61\.4/);
    expect(codes.some((c) => c.startsWith('T23'))).toBe(false);
  });

  it('reads a lab draw for a drug as drug level monitoring, and knee replacement aftercare as Z47.1', () => {
    expect(top('lab draw for coumadin', 1)[0]).toBe('Z51.81');
    expect(top('INR check', 3)).toContain('Z51.81');
    for (const q of ['rehab after total knee', 'PT after knee replacement', 'aftercare following knee replacement']) {
      const codes = top(q, 5);
      expect(codes[0], q).toBe('Z47.1');
      // Z47.33 is the aftercare after a prosthesis was taken out (explantation, staged procedure).
      expect(codes.indexOf('Z47.33') === -1 || codes.indexOf('Z47.33') > 0, q).toBe(true);
    }
  });

  it("reads everyday words the speller used to change: can't poop, tired (not tire), missed period (not missed abortion)", () => {
    expect(top("can't poop", 1)[0]).toMatch(/^K59/);
    expect(top('tired all the time', 1)[0]).toBe('R53.83');
    expect(search.outcome('tired all the time', 5).didYouMean).toBeUndefined();
    expect(top('missed period', 1)[0]).toMatch(/^N91/);
  });

  it('still lets an exact medical word win over its near neighbour', () => {
    expect(top('hypoglycemia', 1)[0]).toMatch(/^E16/);
    expect(top('hyperglycemia', 1)[0]).toMatch(/^R73/);
    expect(top('dysphagia', 1)[0]).toMatch(/^R13/);
    expect(top('dysphasia', 1)[0]).toMatch(/^R47/);
  });

  it('offers each meaning of SSS and SDH', () => {
    const sss = top('SSS', 5);
    expect(sss).toContain('I49.5');
    expect(sss).toContain('L00');
    const sdh = top('SDH', 10);
    expect(sdh.some((c) => c.startsWith('I62'))).toBe(true);
    expect(sdh.some((c) => c.startsWith('S06.5'))).toBe(true);
  });
});

describe('session 12 review (2026-12-01): round-4 readings', () => {
  it('reads ODD as the disorder only in capitals or alone: "odd mole" is a mole', () => {
    expect(top('ODD', 1)[0]).toBe('F91.3');
    expect(top('child with ODD', 1)[0]).toBe('F91.3');
    for (const q of ['odd mole', 'feeling odd', 'odd rash']) expect(top(q, 5), q).not.toContain('F91.3');
  });

  it('offers each meaning of SSS and IVF', () => {
    expect(top('SSS', 5)).toEqual(expect.arrayContaining(['I49.5', 'L00', 'G45.8']));
    expect(top('IVF', 5)).toEqual(expect.arrayContaining(['Z31.83', 'J7030']));
    expect(top('IVF cycle', 1)[0]).toBe('Z31.83');
  });

  it('quotes a term as typed: "total knee" in lower case, "ATV" in capitals', () => {
    expect(search('rehab after total knee', 1)[0]?.why).toMatch(/; total knee read as aftercare following surgery joint replacement;/);
    expect(search('ATV rollover', 1)[0]?.why).toMatch(/^ATV read as all terrain vehicle; /);
  });

  it('leaves everyday words as typed: "tried" is not tired (fatigue), "herself" not "her self"', () => {
    for (const q of ['tried to hang herself', 'tried to kill himself']) {
      const o = search.outcome(q, 5);
      expect(o.didYouMean, q).toBeUndefined();
      expect(o.hits.map((h) => h.code).filter((c) => /^(R53|E74)/.test(c)), q).toEqual([]);
    }
    expect(top('tried to hang herself', 5).some((c) => /^(X83|T71)/.test(c))).toBe(true);
  });

  describe('session 13: wrong first hits of the last review, fixed at their rule', () => {
    it('never respells a past participle of an index word into another word ("attacked" is not "attached")', () => {
      const o = search.outcome("neighbor's dog attacked my kid", 5);
      expect(o.didYouMean).toBeUndefined();
      expect(o.hits[0]?.code).toMatch(/^W54/);
      // "stubbed" is no "stabbed" (assault by knife).
      expect(top('stubbed toe', 5).filter((c) => c.startsWith('X99'))).toEqual([]);
    });

    it('lists the injury before its cause for a stubbed toe, and offers the cause', () => {
      const codes = top('stubbed toe', 10);
      expect(codes.slice(0, 2)).toContain('S90.12');
      expect(codes).toContain('W22.8');
      expect(codes.findIndex((c) => c.startsWith('S90'))).toBeLessThan(codes.findIndex((c) => c.startsWith('W22')));
    });

    it('reads a rifle shot while cleaning it as an accidental discharge, not self-harm', () => {
      expect(top('shot himself cleaning his rifle', 1)[0]).toBe('W33.02');
    });

    it('reads "no X" as the Index enters what is missing (Loss, Lack of)', () => {
      expect(top('no appetite', 1)[0]).toBe('R63.0');
      expect(search('no appetite', 1)[0]?.why).toMatch(/^no read as (lack|loss)/);
    });

    it('reads a new baby\'s checkup as the newborn examination, and an older baby\'s as the child\'s', () => {
      expect(top('checkup for new baby', 2)).toEqual(['Z00.110', 'Z00.111']);
      expect(top('6 week baby checkup', 1)[0]).toMatch(/^Z00\.12/);
      expect(top('checkup', 1)[0]).toBe('Z00.00');
    });

    it('reads a shot of a drug that is no vaccine as its J code, never Z23; a vaccine\'s shot stays Z23', () => {
      for (const q of ['Haldol shot', 'Decadron shot', 'Phenergan shot']) {
        const codes = top(q, 5);
        expect(codes[0], q).toMatch(/^J\d{4}$/);
        expect(codes, q).not.toContain('Z23');
      }
      for (const q of ['tdap shot', 'tetanus shot', 'shingles shot']) expect(top(q, 1)[0], q).toBe('Z23');
    });

    it('asks for the underdosing column when a dose was missed, skipped or forgotten, wherever the words are', () => {
      expect(top('missed my insulin doses', 1)[0]).toBe('T38.3X6');
      expect(top('forgot to take my insulin', 3)).toContain('T38.3X6');
    });

    it('reads an everyday cause word as a cause only beside an injury or another cause', () => {
      for (const q of ['lost weight', 'hot flashes', 'nail fungus', 'contact lenses', 'work note', 'ear discharge']) {
        expect(search(q, 10).filter((h) => h.why?.includes('External Cause Index')).map((h) => h.code), q).toEqual([]);
      }
      expect(top('lost weight', 5)).not.toContain('V92.09');
      expect(top('burned hand on a hot stove', 10).some((c) => /^X1[05]/.test(c))).toBe(true);
    });
  });

  describe('session 13 review (2026-12-01): held-out queries the new rules touch', () => {
    it('reads "no period" whole as amenorrhea, not as Loss of a word completed to periodontal', () => {
      for (const q of ['no period', 'no periods']) expect(top(q, 1)[0], q).toBe('N91.2');
    });

    it('reads a heart that skipped a beat as palpitations, not as Beat (bursitis of the hand)', () => {
      for (const q of ['skipped a beat', 'my heart skipped a beat', 'skipping beats']) expect(top(q, 1)[0], q).toBe('R00.2');
    });

    it('reads an allergy shot as desensitization to allergens (Z51.6), never a vaccination', () => {
      for (const q of ['allergy shot', 'allergy shots']) {
        expect(top(q, 1)[0], q).toBe('Z51.6');
        expect(top(q, 5), q).not.toContain('Z23');
      }
    });
  });

  describe('search13 review fixes (2026-12-01): rules behind the review\'s wrong first hits', () => {
    it('reads who attacked: an animal is contact with it, a person or a weapon an assault', () => {
      expect(top('attacked by a dog', 1)[0]).toMatch(/^W54/);
      expect(top('attacked by a bear', 1)[0]).toBe('W55.89');
      expect(top('attacked by a man', 1)[0]).toBe('Y09');
      expect(top('attacked by a stranger', 1)[0]).toMatch(/^(X9|Y0)/);
      expect(top('attacked with a knife', 1)[0]).toBe('X99.1');
      expect(top("neighbor's dog attacked my kid", 1)[0]).toMatch(/^W54/);
      for (const q of ['attacked by a dog', 'attacked by a bear']) expect(top(q, 10).filter((c) => /^(X9|Y0)/.test(c)), q).toEqual([]);
      expect(top('attacked by a man', 10).filter((c) => /^W5[3-9]/.test(c))).toEqual([]);
    });

    it('does not complete a whole word at the end of the query into longer words, but completes a part word', () => {
      // "dog" is no Jamaica dogwood, "bear" no Bearsfoot, "rat" no rattlesnake.
      expect(top('attacked by a dog', 10).filter((c) => c.startsWith('T'))).toEqual([]);
      expect(top('attacked by a bear', 10).filter((c) => c.startsWith('T'))).toEqual([]);
      expect(top('bitten by a rat', 5).filter((c) => c.startsWith('T63.0'))).toEqual([]);
      expect(top('diabet', 1)[0]).toBe('E11.9');
    });

    it('keeps a checkup on the examination encounter codes ahead of Level II titles that share its other words', () => {
      for (const q of ['6 month checkup', 'new patient checkup']) expect(top(q, 1)[0], q).toBe('Z00.00');
      // A Level II service the dictionary reads is still offered.
      expect(top('welcome to medicare exam', 5)).toContain('G0402');
    });

    it('never reads a shot of a drug the Table of Drugs lists as a vaccination, and leads with its J code', () => {
      expect(top('cortisone shot', 10)).not.toContain('Z23');
      expect(top('B12 shot', 1)[0]).toBe('J3420');
      const depo = top('depo shot', 5);
      expect(depo[0]).toBe('J1050');
      expect(depo.some((c) => /^J10[234]0$/.test(c))).toBe(true);
      const testosterone = top('testosterone shot', 5);
      expect(testosterone[0]).toMatch(/^J/);
      expect(testosterone.indexOf('J3145')).toBeLessThan(testosterone.indexOf('C9023'));
    });

    it('asks for underdosing of a drug the dictionary names in everyday words', () => {
      expect(top('forgot to take blood thinner', 1)[0]).toBe('T45.516');
      expect(top('skipped my blood thinners', 1)[0]).toBe('T45.516');
      expect(top('on blood thinners', 1)[0]).toBe('Z79.01');
    });

    it('lists the injury first and the specific cause before its header', () => {
      const table = top('stubbed toe on the coffee table', 5);
      expect(table[0]).toBe('S90.12');
      expect(table).toContain('W22.03');
      expect(table).not.toContain('W22.0');
      expect(top('stubbed finger', 1)[0]).toMatch(/^S60/);
      expect(top('dog bite on hand', 1)[0]).toMatch(/^S6/);
      // "Contusion, foot (except toe(s) alone)": the toe is no word of the foot's entry.
      expect(top('bruised toe', 1)[0]).toBe('S90.12');
    });

    it('reads a work physical as the pre-employment examination and shows the path the code came by', () => {
      const [first] = search('work physical', 1);
      expect(first?.code).toBe('Z02.1');
      expect(first?.why).toMatch(/Examination, medical, pre-employment/);
      expect(search('physical', 1)[0]?.why).toMatch(/Index: Examination, medical, general$/);
    });
  });

  describe('search13b (2026-12-01): a drug shot is no poisoning; an unnamed snake is the unspecified row', () => {
    it('does not lead a shot of a drug with a Table of Drugs row when no poisoning, overdose or adverse effect is asked', () => {
      // The rule alone, without the dictionary's cortisone and steroid readings.
      const plain = createSearcher(loadSearchIndex(), SEARCH_DICTIONARY.filter((e) => !/^(cortisone|steroid|corticosteroid) /.test(e.term)));
      // No poisoning or toxic effect row (T36-T65) first.
      expect(plain('cortisone shot', 1)[0]?.code).not.toMatch(/^T(3[6-9]|[45]\d|6[0-5])/);
      expect(top('cortisone shot overdose', 1)[0]).toBe('T38.0X1');
    });

    it('reads a cortisone or steroid shot as the injectable corticosteroids\' J codes', () => {
      const steroidJ = ['J3301', 'J1020', 'J1030', 'J1040', 'J2920', 'J2930', 'J1100', 'J0702'];
      for (const q of ['cortisone shot', 'steroid shot', 'steroid injection']) {
        const codes = top(q, 5);
        expect(steroidJ, q).toContain(codes[0]);
        expect(codes.filter((c) => c.startsWith('T')), q).toEqual([]);
      }
    });

    it('leads a snake bite with no species named with the unspecified snake venom row, a named snake with its own', () => {
      for (const q of ['snake bite', 'snakebite']) expect(top(q, 1)[0], q).toBe('T63.001');
      expect(top('rattlesnake bite', 1)[0]).toBe('T63.011');
    });
  });
});

describe('session 14 (round 6): full codes the words decide', () => {
  // Filler codes, so that no test word is in a tenth of all documents (such words rank nothing).
  const filler = Array.from({ length: 40 }, (_, i) => ({ code: `R${10 + i}`, billable: true, title: `filler ${i}` }));
  const noDictionary = createSearcher(loadSearchIndex());

  it('does not find an entry by the words a "(not ...)" modifier excludes, and keeps "(without ...)" and "(with or without ...)"', () => {
    expect(withoutExceptions('(acute) (not alcohol- or drug-induced)')).toBe('(acute)');
    expect(withoutExceptions('(with or without rheumatoid factor)')).toBe('(with or without rheumatoid factor)');
    // A "(without ...)" modifier is what a query that says "without" reads (review, session 15):
    // dropped, these found the code with the disturbance or in remission.
    expect(withoutExceptions('(without vomiting)')).toBe('(without vomiting)');
    expect(top('nausea without vomiting', 1)[0]).toBe('R11.0');
    expect(top('alcohol dependence without remission', 1)[0]).toBe('F10.20');
    expect(top('dementia without behavioral disturbance', 3)).toContain('F03.90');
    expect(top('dementia without behavioral disturbance', 3)).not.toContain('F03.918');
    // Both together are one code (dictionary: Nausea, with vomiting R11.2).
    for (const q of ['N/V', 'N/V x 2 days', 'nausea and vomiting']) expect(top(q, 1)[0], q).toBe('R11.2');
  });

  it('counts neither NEC nor NOS in an entry\'s length', () => {
    const letters = new Map<string, IndexNode[]>([['I', [{ t: 'Infection', k: [{ t: 'respiratory NEC', c: 'J98.8', k: [{ t: 'upper NOS', c: 'J06.9' }] }] }]]]);
    const rows = [...filler, { code: 'J069', billable: true, title: 'Acute upper respiratory infection, unspecified' }, { code: 'J988', billable: true, title: 'Other specified respiratory disorders' }];
    const data = buildSearchIndex(2027, rows, letters);
    const lengths = [...data.lens.slice(rows.length)].map((c) => c.charCodeAt(0) - 48);
    // Infection (no code, so no words); Infection, respiratory NEC (2); Infection, respiratory NEC, upper NOS (3).
    expect(lengths).toEqual([0, 2, 3]);
  });

  it('ships apart the documents that have a word only in a nonessential modifier, and ranks them below those that have it as their own', () => {
    expect(postingParts(encodePostings('1,2;3'))).toEqual({ own: Int32Array.from([1, 3]), optional: Int32Array.from([3]) });
    expect([...postingIds(encodePostings('1,2;3'))]).toEqual([1, 3, 3]);
    const letters = new Map<string, IndexNode[]>([['I', [{ t: 'Infection', k: [{ t: 'respiratory', k: [{ t: 'upper', c: 'J06.9' }, { t: 'influenzal', ne: '(upper)', c: 'J11.1' }] }] }]]]);
    const rows = [...filler, { code: 'J069', billable: true, title: 'Acute nasopharyngeal disorder' }, { code: 'J111', billable: true, title: 'Flu with other manifestations' }];
    const data = buildSearchIndex(2027, rows, letters);
    expect(data.postings[data.vocab.indexOf('upper')]).toContain(';');
    // Both entries read all three words; "influenzal" is read only through its modifier.
    expect(createSearcher(data)('upper respiratory infection', 2).map((h) => h.code)).toEqual(['J06.9', 'J11.1']);
    expect(top('URI', 1)[0]).toBe('J06.9');
    expect(top('URTI', 1)[0]).toBe('J06.9');
  });

  it('lets an Index entry read its ancestors\' nonessential words ("Diabetes, diabetic (mellitus), type 2"), so the billable code leads its header', () => {
    // Without the dictionary's readings: the rule alone.
    expect(noDictionary('type 2 diabetes mellitus', 1)[0]?.code).toBe('E11.9');
    expect(noDictionary('type 1 diabetes mellitus', 1)[0]?.code).toBe('E10.9');
    for (const q of ['DM2', 'T2DM', 'DMII', 'T2DM diet controlled', 'DM2 on metformin']) expect(top(q, 1)[0], q).toBe('E11.9');
    // A word taken from an ancestor counts for part of one: the general exam, not the donor's.
    expect(top('physical exam adult', 1)[0]).toBe('Z00.00');
  });

  it('completes a header or a side-unspecified code to the side the query names, in a family split by side alone', () => {
    const [wrist] = search('broken right wrist', 1);
    expect(wrist?.code).toBe('S62.101');
    expect(wrist?.why).toMatch(/Index: Fracture, traumatic, wrist; right read as the right side of S62\.10-$/);
    expect(top('trigger finger right thumb', 1)[0]).toBe('M65.311');
    expect(top('cut on left eyebrow', 1)[0]).toBe('S01.112');
    expect(top('BKA left', 1)[0]).toBe('Z89.512');
    // The plainest code of the side: acute suppurative otitis media, bilateral, not its recurrent form.
    const [aom] = search('AOM bilateral', 1);
    expect(aom?.code).toBe('H66.003');
    expect(aom?.why).toMatch(/bilateral read as both sides of H66\.00-$/);
    // A sibling of the same words: the unspecified tear's left knee, not the bucket-handle tear's.
    expect(top('torn meniscus left knee', 1)[0]).toBe('S83.207');
    // Not a sibling of other words: Q66.89 (other congenital deformities of feet) is no Q66.81
    // (congenital vertical talus, right foot).
    expect(top('hammer toe right', 5)).not.toContain('Q66.81');
    expect(top('hammer toe right', 1)[0]).toBe('M20.41');
    // A code with no side at all ranks below one that names the side asked for.
    expect(top('broke my left arm', 1)[0]).toBe('S42.302');
  });

  it('gives a Chapter 19 or 20 code the 7th character the query\'s encounter word asks for, the injury first', () => {
    const hip = search('left hip fracture follow up', 5);
    expect(hip[0]?.code).toBe('S72.002D');
    expect(hip[0]?.billable).toBe(true);
    expect(hip[0]?.why).toMatch(/follow up read as 7th character D, a subsequent encounter \(Guidelines Section I\.C\.19\.a\)$/);
    // The follow-up examination (for a fracture that has healed) is still offered next.
    expect(hip[1]?.code).toBe('Z09');
    expect(top('sprained left ankle initial encounter', 1)[0]).toBe('S93.402A');
    expect(top('rib fracture left follow up visit', 1)[0]).toBe('S22.32XD');
    expect(top('left elbow fracture sequela', 1)[0]).toBe('S42.402S');
    // Not for a condition outside Chapters 19 and 20, nor for a header the side has not completed.
    expect(top('follow up pneumonia', 1)[0]).toBe('Z09');
    // The header S72.00 (side not said) takes no 7th character: S72.00XD is no code. (Review,
    // session 15: the pattern before, /^S72\.00D/, could match no code the rule makes.)
    const hipNoSide = top('hip fracture follow up', 3);
    expect(hipNoSide.length).toBeGreaterThan(0);
    expect(hipNoSide.filter((c) => /^S72\.00X?D$/.test(c))).toEqual([]);
  });

  it('adds a 7th character only where the code has it (death before regaining consciousness has A only)', () => {
    const rows = [
      ...filler,
      { code: 'S061X7', billable: false, title: 'Traumatic cerebral edema with loss of consciousness with death' },
      { code: 'S061X7A', billable: true, title: 'Traumatic cerebral edema with loss of consciousness with death, initial encounter' },
      { code: 'S72002', billable: false, title: 'Fracture of unspecified part of neck of left femur' },
      ...['A', 'D', 'S'].map((x) => ({ code: `S72002${x}`, billable: true, title: `Fracture of unspecified part of neck of left femur, ${x}` })),
    ];
    const data = buildSearchIndex(2027, rows, new Map());
    expect(data.sevenths).toBe('S061X7:A');
    const s = createSearcher(data);
    expect(s('cerebral edema death follow up', 1)[0]?.code).toBe('S06.1X7');
    expect(s('neck of left femur follow up', 1)[0]?.code).toBe('S72.002D');
  });

  it('reads a header with one code under it as that code, but not a placeholder X', () => {
    const [plantar] = search('planter fasciitis', 1);
    expect(plantar?.code).toBe('M67.A0');
    expect(plantar?.why).toMatch(/the only code under M67\.A$/);
    expect(top('lead poisoning', 1)[0]).toBe('T56.0');
  });

  it('reads visit wording as the encounter, and "me", a pronoun "I" and "c/o" as nothing', () => {
    for (const q of ['here for flu vaccine', 'wants the flu shot', 'flu shot']) expect(top(q, 1)[0], q).toBe('Z23');
    // Without visit wording a flu vaccine is still its administration (G0008) first.
    expect(top('flu vaccine', 1)[0]).toBe('G0008');
    expect(top('dog jumped on me', 3)).not.toContain('G93.32');
    expect(top('i think i have a uti', 1)[0]).toBe('N39.0');
    expect(top('HTLV type I', 1)[0]).toBe('B33.3');
    // A Roman numeral that ends the query is no pronoun (review, session 15): CIN I is mild dysplasia.
    expect(top('CIN I', 1)[0]).toBe('N87.0');
    expect(top('Mobitz I', 1)[0]).toBe('I44.1');
    expect(top('pt c/o HA', 1)[0]).toBe('R51.9');
  });

  it('ranks a code of another side below the side asked, and keeps right and left where no code has both (review, session 15)', () => {
    const ringing = top('tinnitus both ears', 5);
    expect(ringing).toContain('H93.13');
    expect(ringing.slice(0, ringing.indexOf('H93.13'))).not.toContain('H93.11');
    expect(ringing.slice(0, ringing.indexOf('H93.13'))).not.toContain('H93.12');
    // Bilateral knee pain has no code of its own: right and left are the codes to give.
    expect(top('pain in both knees', 5)).toEqual(expect.arrayContaining(['M25.561', 'M25.562']));
    // A side the Index gives (Osteoarthritis, knee, bilateral M17.0) wins over one the search completed (secondary M17.5 to M17.4).
    expect(top('osteoarthritis both knees', 1)[0]).toBe('M17.0');
  });

  it('reads chart "w/o" as without (review, session 15)', () => {
    // Without the reading, "w/o aura" found migraine WITH aura (G43.109) first, and "DM2 w/o complications" E11.2.
    expect(top('migraine w/o aura', 1)[0]).toBe('G43.009');
    expect(top('DM2 w/o complications', 1)[0]).toBe('E11.9');
  });

  it('reads polio as poliomyelitis, and sequela and late effects as the Index main term Sequelae (review, session 15)', () => {
    // "polio" was spelled into "polo" (Y93.13, an activity code); "sequela of stroke" led with the acute infarction I63.9.
    expect(top('polio', 1)[0]).toBe('A80.9');
    for (const q of ['sequela of polio', 'late effects of polio']) expect(top(q, 1)[0], q).toBe('B91');
    for (const q of ['sequela of stroke', 'late effects of stroke']) expect(top(q, 1)[0], q).toBe('I69.30');
    // An injury's sequela is still its code with 7th character S.
    expect(top('left elbow fracture sequela', 1)[0]).toBe('S42.402S');
  });

  it('keeps the best external cause next to the injury it goes with', () => {
    const stove = top('burned hand on a hot stove', 5);
    expect(stove[0]).toMatch(/^T23/);
    expect(stove[1]).toBe('X15.0');
  });

  it('reads everyday words for symptoms, body parts, statuses and clearances as the Index terms (session 15)', () => {
    // Each was read word by word before: "double vision" found no diplopia, "scraped" no abrasion,
    // "big toe" no great toe, "killing himself" no suicidal ideation, "on prednisone" glaucoma.
    const firsts: [string, string][] = [
      ['double vision', 'H53.2'],
      ['scraped right elbow', 'S50.311'],
      ['big toe fracture right', 'S92.401'],
      ['thinking about killing himself', 'R45.851'],
      ['says she wants to kill herself', 'R45.851'],
      ['on prednisone long term', 'Z79.52'],
      ['surgical clearance', 'Z01.818'],
      ['swimmers ear left', 'H60.332'],
      ['peeing at night', 'R35.1'],
      ['incentive spirometry', 'A9284'],
      ['heavy periods', 'N92.0'],
      ['borderline diabetic', 'R73.03'],
    ];
    for (const [q, code] of firsts) expect(top(q, 1)[0], q).toBe(code);
    // A steroid's poisoning or adverse effect is no long-term use.
    expect(top('adverse reaction to prednisone', 1)[0]).toMatch(/^T38\.0X5/);
  });

  it('reads the everyday words the review corrected as what a coder would code (review, session 15)', () => {
    const firsts: [string, string][] = [
      // "my" is dropped before the dictionary is read: "lost my appetite" found polyphagia R63.2.
      ['lost my appetite', 'R63.0'],
      // A seizure is R56.9; Disorder, seizure G40.909 is epilepsy, only when the record says so.
      ['sz', 'R56.9'],
      // Index: Infection, kidney N15.9; pyelonephritis only when documented.
      ['kidney infection', 'N15.9'],
      // A flutter a patient feels is a palpitation; "A-flutter" in a chart is atrial flutter.
      ['a flutter in my chest', 'R00.2'],
      ['A-flutter', 'I48.92'],
      // An attempt is not ideation.
      ['tried to kill himself', 'T14.91'],
      // Patchy loss is not alopecia areata until the provider says so.
      ['patchy hair loss', 'L65.9'],
    ];
    for (const [q, code] of firsts) expect(top(q, 1)[0], q).toBe(code);
  });

  it('holds a "without" against an entry only when the query does not say it, and "with" only when it does (session 15)', () => {
    expect(negatedWords('Gastro-esophageal reflux disease with esophagitis, without bleeding')).toEqual(['bleeding']);
    expect(negatedWords('Injury of conjunctiva and corneal abrasion without foreign body, right eye')).toEqual(['foreign', 'body']);
    expect(negatedWords('Rheumatoid arthritis (with or without rheumatoid factor)')).toEqual([]);
    // "Nausea (without vomiting)" R11.0 led "vomiting without nausea" (Vomiting, without nausea R11.11).
    expect(top('vomiting without nausea', 1)[0]).toBe('R11.11');
    // "..., with esophagitis, without bleeding" K21.00 led a query that says with bleeding.
    expect(top('GERD with esophagitis with bleeding', 1)[0]).toBe('K21.01');
    // "w/o" is read as without before its "o" can be joined to the next word ("oesophagitis").
    expect(top('GERD w/o esophagitis', 1)[0]).toBe('K21.9');
    // The queries that say "without" keep their codes (review, session 15).
    expect(top('nausea without vomiting', 1)[0]).toBe('R11.0');
    expect(top('alcohol dependence without remission', 1)[0]).toBe('F10.20');
    expect(top('nausea and vomiting', 1)[0]).toBe('R11.2');
  });

  it('matches a hyphenated title word by its one-word spelling (session 15)', () => {
    expect(hyphenJoins('Gastro-esophageal reflux disease; T-cell; Post-traumatic stress disorder')).toEqual(['gastroesophageal', 'posttraumatic']);
    // "Post-traumatic stress disorder, unspecified" F43.10 was not found by "posttraumatic"; F43.9 led.
    expect(top('posttraumatic stress disorder', 1)[0]).toBe('F43.10');
  });

  it('does not hold a side against an Index main term whose code has none (session 15)', () => {
    // "Cataract" H26.9 has no side in the classification; "both eyes" sent it below H59.093, a
    // disorder following cataract surgery, bilateral.
    expect(top('cataract both eyes', 1)[0]).toBe('H26.9');
    // A subterm's catch-all still ranks below the codes that take the side (Broken, arm T14.8).
    expect(top('broke my left arm', 5)).not.toContain('T14.8');
  });

  it('reads what an injury was done on as its accidental external cause, next to the injury (session 15)', () => {
    // The cause's words are the object after "on" or "against": the External Cause Index has them
    // under Contact, with (knife W26.0, radiator X16). The injury stays first (Section I.C.20).
    const thumb = top('cut my thumb on a knife', 3);
    expect(thumb[0]).toMatch(/^S61\.0/);
    expect(thumb).toContain('W26.0');
    expect(top('burned my arm against the radiator', 5)).toContain('X16');
    // No intent named is accidental (Section I.C.20.h): not the assault with a knife X99.1.
    expect(top('sliced my finger on a kitchen knife', 5)).not.toContain('X99.1');
    // A clinical "with" is no cause: "laceration of hand with foreign body" finds no fall.
    expect(top('laceration of hand with foreign body', 5).every((c) => /^S/.test(c))).toBe(true);
  });
});
