import { describe, expect, it } from 'vitest';
import { loadSearchIndex } from '../../../../src/data/code-set-node.ts';
import { SEARCH_DICTIONARY } from '../../../../src/data/search-dictionary.ts';
import { createSearcher } from '../../../../src/domain/codes/search.ts';
import { confirmedOnly, isSignOrSymptom, uncertainReading } from '../../../../src/domain/codes/search-uncertain.ts';

const cut = (q: string) => uncertainReading(q.split(' '));

describe('cutting a query at its uncertain wording (Guidelines Sections II.H and IV.H)', () => {
  it('takes the signs typed before the wording and the condition after it', () => {
    expect(cut('chest pain r o mi')).toEqual({ marker: 'r o', condition: ['mi'], symptoms: [['chest', 'pain']] });
    expect(cut('cough suspected pneumonia')).toEqual({ marker: 'suspected', condition: ['pneumonia'], symptoms: [['cough']] });
    expect(cut('fever rule out uti')?.condition).toEqual(['uti']);
  });

  it('reads the signs after a joining word, and offers cuts when there is none', () => {
    expect(cut('suspected covid with fever and cough')).toEqual({ marker: 'suspected', condition: ['covid'], symptoms: [['fever', 'and', 'cough']] });
    expect(cut('r o sepsis fever tachycardia')?.symptoms).toEqual([['fever', 'tachycardia'], ['tachycardia']]);
    expect(cut('r o pneumonia')).toEqual({ marker: 'r o', condition: ['pneumonia'], symptoms: [] });
  });

  it('leaves alone what the classification codes as suspected on purpose, and queries without the wording', () => {
    // Suspected abuse is T76.- (Section I.C.19.f); suspected exposure Z20.- (Section I.C.21.c.1).
    expect(cut('suspected child abuse')).toBeUndefined();
    expect(cut('possible exposure to covid')).toBeUndefined();
    expect(cut('chest pain')).toBeUndefined();
    expect(cut('r o')).toBeUndefined();
  });

  it('knows the sign and symptom codes, and the conditions coded only when confirmed', () => {
    expect(isSignOrSymptom('R07.9')).toBe(true);
    expect(isSignOrSymptom('M25.531')).toBe(true);
    expect(isSignOrSymptom('I21.9')).toBe(false);
    expect(confirmedOnly(['covid'])?.section).toBe('I.C.1.g.1.a');
    expect(confirmedOnly(['hiv'])?.section).toBe('I.C.1.a.1');
    expect(confirmedOnly(['pneumonia'])).toBeUndefined();
  });
});

describe('uncertain diagnoses over the shipped index', () => {
  const search = createSearcher(loadSearchIndex(), SEARCH_DICTIONARY);

  it('codes the sign first and says why, and still shows the uncertain condition with the inpatient rule', () => {
    const hits = search('chest pain r/o MI', 10);
    expect(hits[0]?.code).toMatch(/^R07/);
    expect(hits[0]?.why).toMatch(/^r\/o MI: outpatient, code the sign or symptom, not the uncertain diagnosis \(Guidelines Section IV\.H\)/);
    const mi = hits.find((h) => h.why?.includes('(Guidelines Section II.H)'));
    expect(mi?.code).toMatch(/^I2[01]/);
    expect(mi?.why).toMatch(/^r\/o MI: the uncertain diagnosis, coded as if established only for an inpatient admission \(Guidelines Section II\.H\); MI read as myocardial infarction/);
    expect(search('cough r/o pneumonia', 1)[0]?.code).toMatch(/^R05/);
    expect(search('abd pain r/o appendicitis', 1)[0]?.code).toMatch(/^R10/);
  });

  it('reads the condition alone with both rules when no sign is named', () => {
    const [first] = search('r/o pneumonia', 1);
    expect(first?.code).toMatch(/^J18/);
    expect(first?.why).toMatch(/^r\/o pneumonia: outpatient, code the signs or symptoms instead; an inpatient admission codes it as if established \(Guidelines Sections IV\.H, II\.H\)/);
  });

  it('names the guideline when a condition is coded only when confirmed (COVID-19)', () => {
    const hits = search('suspected covid with fever and cough', 10);
    expect(hits[0]?.code).toMatch(/^R(05|50)/);
    expect(hits.find((h) => h.code === 'U07.1')?.why).toMatch(/coded only when confirmed, in every setting: code the signs and symptoms \(Guidelines Section I\.C\.1\.g\.1\.a\)/);
  });

  it('keeps a query whose Index entry names the uncertain wording, and never respells the wording', () => {
    expect(search('suspected child abuse', 1)[0]?.code).toMatch(/^T76/);
    expect(search.outcome('probable alzheimer', 5).didYouMean ?? '').not.toMatch(/portable/);
  });

  it('names the uncertain condition as typed, not with a sign cut into it', () => {
    const why = (q: string) => search(q, 10).map((h) => h.why ?? '');
    // "fever" is a sign itself; "positive" is a word of the sign's Index entry (Positive, PPD).
    expect(why('r/o sepsis fever tachycardia').every((w) => w.startsWith('r/o sepsis: '))).toBe(true);
    expect(why('rule out TB positive ppd').every((w) => w.startsWith('rule out TB: '))).toBe(true);
    // "stone" is neither: it belongs to the condition.
    expect(why('possible kidney stone flank pain')[0]).toMatch(/^possible kidney stone: /);
    expect(search('r/o sepsis fever tachycardia', 10).some((h) => h.code === 'A41.9')).toBe(true);
  });

  it('does not call a diagnosis found under the signs a sign or symptom', () => {
    const hits = search('chest pain r/o MI', 10);
    const angina = hits.find((h) => h.code === 'I20.9');
    expect(angina?.why).toMatch(/^r\/o MI: found under chest pain, not a sign itself: code it only when the record documents it/);
    expect(hits.filter((h) => h.why?.includes('code the sign or symptom')).every((h) => h.code.startsWith('R'))).toBe(true);
  });
});

