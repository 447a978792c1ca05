/** Text of a new lesson and its starter quiz, valid against the schemas from the first save. */
export function lessonTemplate(module: string, slug: string, order: number): { mdx: string; quiz: string } {
  const title = slug.split('-').map((w, i) => (i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join(' ');
  const mdx = `---
title: "${title}"
description: "One sentence that says what the learner gets from this lesson."
module: ${module}
order: ${order}
objectives:
  - "Explain ..."
  - "Apply ..."
estimatedMinutes: 15
certifications: [CPC]
summary:
  - "Key takeaway 1."
keyTerms: []
sources:
  - { title: "ICD-10-CM Official Guidelines for Coding and Reporting FY2026", publisher: "CDC/NCHS and CMS", url: "https://www.cdc.gov/nchs/icd/icd-10-cm/index.html" }
draft: true
---

An opening paragraph: why this matters to a coder or biller.

## First section

Write codes with the Code component, for example <Code system="icd10cm">E11.9</Code>, and link key
terms to the glossary with the Term component, for example <Term id="revenue-cycle">revenue cycle</Term>.

<Callout type="tip">
A practical habit worth remembering.
</Callout>

## Check your understanding

<Quiz id="${slug}" />
`;
  const quiz = `# yaml-language-server: $schema=../../public/schemas/quiz.schema.json
id: ${slug}
title: "Check your understanding"
questions:
  - id: q1
    kind: single
    prompt: "Replace this question before publishing."
    options:
      - { id: a, text: "The right answer", correct: true, explanation: "Why it is right." }
      - { id: b, text: "A tempting wrong answer", correct: false, explanation: "Why it is wrong." }
`;
  return { mdx, quiz };
}
