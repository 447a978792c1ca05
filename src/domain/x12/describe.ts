/** Words for X12 layout findings: one place, shared by the CLI, the island and the tests. */
import type { X12Finding } from './check-segment.ts';

/** One sentence for a finding. */
export function describeX12Finding(f: X12Finding): string {
  const where = `${f.element ?? f.segment}${f.loop ? ` (loop ${f.loop})` : ''}`;
  const d = f.data;
  switch (f.code) {
    case 'unknown-segment':
      return d.expected ? `${f.segment} was checked against a ${String(d.expected)} layout.` : `${f.segment} is not a segment of the ${String(d.transaction)} layout.`;
    case 'too-many-elements':
      return `${where} has ${d.count} elements; the layout has ${d.max}, so "${d.value}" is beyond the last element.`;
    case 'too-many-components':
      return `${where} has ${d.count} components; the layout allows ${d.max}.`;
    case 'required-missing':
      return `${where} (${d.name}) is required but empty.`;
    case 'not-used-present':
      return `${where} is not used in this guide but holds "${d.value}": a value is in the wrong position.`;
    case 'too-short':
      return `${where} "${d.value}" is ${d.length} characters; the minimum is ${d.min}.`;
    case 'too-long':
      return `${where} "${d.value}" is ${d.length} characters; the maximum is ${d.max}.`;
    case 'code-not-allowed':
      return `${where} "${d.value}" is not an allowed code here (${d.allowed}).`;
    case 'bad-format':
      return `${where} "${d.value}" does not match the data type ${d.type}.`;
    case 'bad-character':
      return `${where} "${d.value}" has characters outside the X12 extended character set.`;
    case 'trailing-empty':
      return `${f.segment} ends with an empty element; trailing separators must be dropped.`;
    case 'syntax':
      return `${f.segment} breaks the syntax note ${d.rule} (${d.elements}).`;
    case 'isa-length':
      return `The ISA is ${d.length} characters; it must be exactly 106.`;
    case 'truncated':
      return `${where} was ${d.length} characters; cut to the maximum ${d.max}: "${d.result}".`;
    case 'transliterated':
      return `${where} had characters outside the X12 character set; written as "${d.result}".`;
    case 'zip-plus-four':
      return `${where} "${d.value}" is a ${String(d.value).length}-digit ZIP: the 837P guide (005010X222A1) requires the full nine-digit ZIP+4 for the ${d.whose}, so a clearinghouse may reject the file. Write item ${d.item} as ZIP+4 (for example ${String(d.value).slice(0, 5)}-1234, the +4 from the USPS).`;
    case 'not-sent':
      return describeNotSent(f);
    case 'segment-count':
      return `SE01 says ${d.value || '(empty)'} segments; ST to SE holds ${d.expected}.`;
  }
}

/** Words for the 837P's `not-sent` notes: what the form has, why the 837P leaves it out, what to do. */
function describeNotSent(f: X12Finding): string {
  const d = f.data;
  switch (d.reason) {
    case 'dtp439-no-accident':
      return `Item 15's date ${d.value} under qualifier 439 (accident) was not sent: items 10a-10c say the claim is not from an accident (10b auto, 10c other, or 10a with an accident external cause code), and the 837P guide (005010X222A1) sends the accident date (DTP*439) only then. Check items 10a-10c, or give item 15 the qualifier that fits the date.`;
    case 'dtp439-no-date':
      return 'No accident date (DTP*439) was sent: items 10a-10c say the claim is from an accident, and the 837P guide requires the accident date then. Give it in item 14 (qualifier 431) or item 15 (qualifier 439).';
    case 'ps1-no-charge':
      return 'Item 20 says YES (purchased service) with no charge: the 837P\'s PS1 needs the purchase price (PS102), so it was not sent. Enter the price under item 20 $Charges.';
    case 'ps1-no-npi':
      return 'Item 20 says YES (purchased service) but item 32a has no NPI: the 837P\'s PS1 needs the identifier of the supplier who performed the service (PS101), so it was not sent. Complete item 32 with the performing supplier and its NPI.';
    case 'ps1-which-line':
      return `Item 20 says YES (purchased service) on a claim with ${d.lines} lines: the form cannot say which line was purchased, so the 837P's line-level PS1 was not sent. Bill the purchased service on a claim of its own (item 20 holds one charge; NUCC and Medicare ask for each purchased service on a claim form of its own).`;
    case 'related-causes-two':
      return 'Items 10a, 10b and 10c all say yes, but the 837P carries two related causes (CLM11-1 and CLM11-2): employment (EM) and auto accident (AA) were sent, other accident (OA) was not. An auto accident is already an accident: check item 10c, which is for accidents other than auto.';
    case 'taxonomy-format':
      return `Item ${d.item} gives qualifier ZZ (taxonomy) with "${d.value}", which is not a provider taxonomy code (ten letters and digits ending in X), so no PRV (loop ${f.loop}) was sent. Enter ZZ followed by the code, e.g. ZZ207Q00000X.`;
    case 'rendering-id-qualifier':
      return `24I qualifier "${d.value}" has no place in the 837P's rendering provider loop ${f.loop} (0B, 1G, G2 and LU go in REF, ZZ is the taxonomy in PRV), so the 24J shaded ID was not sent.`;
    case 'rendering-shaded-unused':
      return d.from
        ? `Line ${d.line}'s 24I/24J shaded entry "${d.value}" was not sent: its rendering provider is the claim-level one (loop 2310B), which carries one such entry, taken from line ${d.from}, and this line gives a different one. Give the provider the same 24I/24J shaded entry on every line.`
        : `Line ${d.line}'s 24I/24J shaded entry "${d.value}" was not sent: the billing provider (item 33a) rendered that line (24J NPI blank or the billing NPI), so the 837P has no rendering provider loop to carry it. The billing provider's own taxonomy goes in item 33b (ZZ followed by the code).`;
    default:
      return `${f.segment} (loop ${f.loop ?? ''}) was not sent.`;
  }
}
