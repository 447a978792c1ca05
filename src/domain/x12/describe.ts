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
    case 'segment-count':
      return `SE01 says ${d.value || '(empty)'} segments; ST to SE holds ${d.expected}.`;
  }
}
