import { LETTER_PARTS, type LetterPart } from '../../domain/denials/letter-parts.ts';
import { worklistClaimLabel } from '../../domain/denials/describe-denial.ts';
import type { DenialPublicData } from '../../domain/denials/split-denial.ts';

export const LETTER_PART_LABELS: Record<LetterPart, string> = {
  identifiers: 'Claim identifiers',
  reason: 'Reason for disagreement',
  documentation: 'Supporting documentation',
  policy: 'Policy cited',
};

/** The appeal-letter builder: one paragraph per part, chosen from the options. */
export function AppealLetterPanel({ letter, lines, value, onChange }: { letter: NonNullable<DenialPublicData['letter']>; lines: DenialPublicData['lines']; value: Partial<Record<LetterPart, string>>; onChange: (v: Partial<Record<LetterPart, string>>) => void }) {
  return (
    <fieldset className="dl-letter">
      {/* The claim as the worklist numbers it: its id is an authoring name that can hint at the key. */}
      <legend>Appeal letter for {worklistClaimLabel(lines, letter.forClaim)}: choose one paragraph for each part</legend>
      {LETTER_PARTS.map((part) => (
        <fieldset key={part} className="dl-letter-part">
          <legend>{LETTER_PART_LABELS[part]}</legend>
          {letter.parts[part].map((o) => (
            <label key={o.id} className="dl-option">
              <input type="radio" name={`letter-${part}`} value={o.id} checked={value[part] === o.id} onChange={() => onChange({ ...value, [part]: o.id })} /> {o.text}
            </label>
          ))}
        </fieldset>
      ))}
      <section aria-label="Letter preview" className="dl-preview">
        <h3>Your letter</h3>
        {LETTER_PARTS.map((part) => {
          const chosen = letter.parts[part].find((o) => o.id === value[part]);
          return <p key={part}>{chosen ? chosen.text : `[${LETTER_PART_LABELS[part]}]`}</p>;
        })}
      </section>
    </fieldset>
  );
}
