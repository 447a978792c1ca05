import { emptyCaseForm, type CaseForm } from '../../../../src/domain/case-editor/case-form.ts';

/** A case as an instructor fills it in the editor: valid, self-consistent, codes valid on 2026-10-22. */
export function filledForm(): CaseForm {
  return {
    ...emptyCaseForm(),
    id: 'editor-ankle-sprain-brace',
    title: 'Ankle sprain with a brace',
    summary: 'A right ankle sprain coded to the ligament, with the brace supplied in the office.',
    difficulty: 'beginner',
    topics: 'injuries, hcpcs-supplies',
    certifications: ['CPC', 'CBCS'],
    setting: 'office',
    dateOfService: '2026-10-22',
    age: '34',
    sex: 'female',
    note: [
      'Office visit, established patient.',
      'A 34-year-old woman rolled her right ankle stepping off a curb yesterday while walking her dog on the sidewalk.',
      'She has pain and swelling over the outside of the ankle and can bear weight with a limp.',
      'Exam: tenderness over the anterior talofibular ligament, no bony tenderness at the malleoli or the base of the fifth metatarsal.',
      'Assessment: sprain of the anterior talofibular ligament of the right ankle, initial encounter.',
      'Plan: rest, ice and elevation; an elastic ankle support was fitted and supplied today.',
    ].join('\n'),
    codeSets: ['icd10cm', 'hcpcs'],
    instructions: 'Assign the ICD-10-CM code and the HCPCS supply line for this visit.',
    diagnoses: [{ code: 's93.491a', why: 'Index: Sprain, ankle, talofibular ligament, see Sprain, ankle, specified ligament NEC: S93.49-; right ankle, initial encounter.' }],
    lines: [],
    mistakes: [
      { kind: 'reported', code: 'S93.411A', instead: 'S93.491A', modifiers: '', units: '', feedback: 'S93.41- is the calcaneofibular ligament. The Index sends a talofibular ligament sprain to specified ligament NEC, S93.49-.', guideline: 'I.B.1' },
      { kind: 'reported', code: 'M25.571', instead: '', modifiers: '', units: '', feedback: 'Ankle pain is part of the diagnosed sprain: a symptom that is routinely part of a confirmed diagnosis is not coded.', guideline: '' },
    ],
    rationale: 'The Index leads from Sprain, ankle, talofibular ligament to specified ligament NEC, S93.49-. The note says right ankle and this is active treatment, so the 7th character is A: S93.491A.',
    guidelines: 'I.B.1, I.C.19.a',
  };
}
