import { quizSchema, type Quiz } from '../../../../src/domain/quiz/quiz-schema.ts';

/** A small quiz with one question of every kind; parsed so it is also a schema check. */
export const sampleQuiz: Quiz = quizSchema.parse({
  id: 'coding-vs-billing',
  title: 'Check your understanding',
  questions: [
    {
      id: 'q1',
      kind: 'single',
      prompt: 'Which transaction carries an electronic remittance advice?',
      options: [
        { id: 'a', text: '835', correct: true, explanation: 'The 835 is the electronic remittance advice.' },
        { id: 'b', text: '837P', correct: false, explanation: 'The 837P is the professional claim.' },
        { id: 'c', text: '270', correct: false, explanation: 'The 270 asks about eligibility.' },
      ],
    },
    {
      id: 'q2',
      kind: 'multiple',
      prompt: 'Which are patient cost-sharing amounts?',
      options: [
        { id: 'a', text: 'Deductible', correct: true, explanation: 'Paid by the patient before the plan pays.' },
        { id: 'b', text: 'Coinsurance', correct: true, explanation: 'A percentage the patient pays.' },
        { id: 'c', text: 'Contractual adjustment', correct: false, explanation: 'Written off by the provider under contract.' },
        { id: 'd', text: 'Copayment', correct: true, explanation: 'A fixed amount per visit.' },
      ],
    },
    {
      id: 'q3',
      kind: 'sort',
      prompt: 'Coding or billing?',
      buckets: [
        { id: 'coding', label: 'Coding' },
        { id: 'billing', label: 'Billing' },
      ],
      items: [
        { id: 'i1', text: 'Assign a diagnosis code', bucket: 'coding', explanation: 'Translating documentation into codes is coding.' },
        { id: 'i2', text: 'Post a payment', bucket: 'billing', explanation: 'Payment posting is billing work.' },
        { id: 'i3', text: 'Appeal a denial', bucket: 'billing', explanation: 'Appeals are part of billing follow-up.' },
      ],
    },
    {
      id: 'q4',
      kind: 'match',
      prompt: 'Match each transaction to its purpose.',
      pairs: [
        { id: 'p1', left: '835', right: 'Electronic remittance advice', explanation: '835 = remittance.' },
        { id: 'p2', left: '837P', right: 'Professional claim', explanation: '837P = professional claim.' },
        { id: 'p3', left: '270', right: 'Eligibility inquiry', explanation: '270 = eligibility inquiry.' },
      ],
    },
    {
      id: 'q5',
      kind: 'fill',
      prompt: 'Code for type 2 diabetes mellitus without complications?',
      accepted: ['E11.9'],
      explanation: 'E11.9 is type 2 diabetes mellitus without complications.',
    },
  ],
});

/** Answers that earn full marks on `sampleQuiz`. */
export const sampleKey = {
  q1: 'a',
  q2: ['a', 'b', 'd'],
  q3: { i1: 'coding', i2: 'billing', i3: 'billing' },
  q4: { p1: 'p1', p2: 'p2', p3: 'p3' },
  q5: 'E11.9',
};

/** Question of the sample quiz by id, narrowed to its kind. */
export function question<K extends Quiz['questions'][number]['kind']>(id: string, kind: K): Extract<Quiz['questions'][number], { kind: K }> {
  const found = sampleQuiz.questions.find((q) => q.id === id);
  if (!found || found.kind !== kind) throw new Error(`fixture question ${id} is not ${kind}`);
  return found as Extract<Quiz['questions'][number], { kind: K }>;
}
