/**
 * Cross-file checks of the X12 audit (scripts/x12-audit.ts): a 999, 277CA or 835 read against
 * the 837P it answers, as a clearinghouse or a practice management system matching them would.
 * Each answer must name the file, the claim, the people and the lines the 837P sent:
 *
 * - 999 (005010X231A1): AK1 = the 837's GS06 and GS08, AK2 = its ST02 and ST03; every IK3 names
 *   the segment that sits at IK302 (ST = 1) and the loop it is in (IK303, its first four
 *   characters), unless IK304 says the segment is missing (I6, 3); an IK4 copy of bad data (IK404)
 *   is the value at IK401 in the 837P; IK403 1 (required element missing) names an empty element.
 * - 277CA (005010X214): 2200D TRN02 = CLM01, STC04 = CLM02, 2100D NM1*QC = the patient (2010CA,
 *   or 2010BA when the patient is the subscriber) with the subscriber's member ID, 2100C NM1*85 =
 *   2010AA, DTP*472 = the claim's service period, and each 2220D SVC = the SV1 its REF*FJ names
 *   by the 837P's REF*6R.
 * - 835 (005010X221A1): CLP01 = CLM01; an original or adjusted claim (CLP02 not 22) CLP03 = CLM02,
 *   CLP08 and CLP09 = CLM05-1 and CLM05-3; NM1*QC = the patient; N1*PE = 2010AA (NPI) and REF*TJ =
 *   its tax ID; each SVC by REF*6R: SVC01 = SV101 (or SVC06 when the payer changed the code),
 *   SVC02 = SV102, the line's DTM dates = its DTP*472; 2100 NM1*82 is the claim's rendering
 *   provider exactly when it is not the payee ("required when the rendering provider is different
 *   from the payee", X12 RFI 1270), and 2110 REF*HPI names a line's own rendering provider.
 *
 * Findings are data, as the walk's (WalkFinding).
 */
import { splitInterchange, type WalkFinding } from './x12-walk.ts';

type Parsed = ReturnType<typeof splitInterchange>['segments'][number];

/** The facts of an 837P the answers must repeat. */
interface Sent837p {
  gs06: string;
  gs08: string;
  st02: string;
  st03: string;
  /** Segments from ST on (ST = index 0, so IK302 = index + 1), with the walk's loop of each. */
  transaction: { segment: Parsed; loop: string }[];
  clm: string[];
  patient: { last: string; first: string };
  memberId: string;
  billing: string[];
  taxId: string;
  /** Per REF*6R value: its SV1 and DTP*472. */
  lines: Map<string, { sv1: string[]; dtp: string[]; renderingNpi: string }>;
  /** The claim's service period, CCYYMMDD or CCYYMMDD-CCYYMMDD. */
  period: string;
}

const v = (s: Parsed | undefined, n: number): string => s?.values[n - 1] ?? '';

function read837p(text: string, loops: readonly string[]): Sent837p {
  const { segments } = splitInterchange(text);
  const st = segments.findIndex((s) => s.id === 'ST');
  const transaction = segments.slice(st).map((segment, i) => ({ segment, loop: loops[st + i] ?? '' }));
  const inLoop = (id: string, loop: string, first?: string) => transaction.find((x) => x.segment.id === id && x.loop === loop && (first === undefined || x.segment.values[0] === first))?.segment;
  const gs = segments.find((s) => s.id === 'GS');
  const patientNm1 = inLoop('NM1', '2010CA') ?? inLoop('NM1', '2010BA');
  const billingNpi = v(inLoop('NM1', '2010AA'), 9);
  const rendering2310b = v(inLoop('NM1', '2310B', '82'), 9);
  const lines = new Map<string, { sv1: string[]; dtp: string[]; renderingNpi: string }>();
  let current: { sv1: string[]; dtp: string[]; renderingNpi: string; ref: string } | undefined;
  const flush = () => { if (current?.ref) lines.set(current.ref, current); };
  for (const { segment: s, loop } of transaction) {
    if (s.id === 'LX') { flush(); current = { sv1: [], dtp: [], renderingNpi: rendering2310b || billingNpi, ref: '' }; }
    if (!current) continue;
    if (s.id === 'SV1') current.sv1 = s.values;
    if (s.id === 'DTP' && s.values[0] === '472' && loop === '2400') current.dtp = s.values;
    if (s.id === 'REF' && s.values[0] === '6R' && loop === '2400') current.ref = s.values[1] ?? '';
    if (s.id === 'NM1' && s.values[0] === '82' && loop === '2420A') current.renderingNpi = s.values[8] ?? '';
  }
  flush();
  const dates = [...lines.values()].flatMap((l) => (l.dtp[2] ?? '').split('-')).filter(Boolean).sort();
  const from = dates[0] ?? '';
  const to = dates[dates.length - 1] ?? '';
  return {
    gs06: v(gs, 6), gs08: v(gs, 8), st02: v(segments[st], 2), st03: v(segments[st], 3),
    transaction,
    clm: inLoop('CLM', '2300')?.values ?? [],
    patient: { last: v(patientNm1, 3), first: v(patientNm1, 4) },
    memberId: v(inLoop('NM1', '2010BA'), 9),
    billing: inLoop('NM1', '2010AA')?.values ?? [],
    taxId: v(inLoop('REF', '2010AA', 'EI') ?? inLoop('REF', '2010AA', 'SY'), 2),
    lines,
    period: from === to ? from : `${from}-${to}`,
  };
}

/** A 999, 277CA or 835 (`kind`) read against the 837P it answers (`loops837p`: the walk's loop of each 837P segment). */
export function crossCheck(kind: '999' | '277ca' | '835', text837p: string, loops837p: readonly string[], answer: string): WalkFinding[] {
  const sent = read837p(text837p, loops837p);
  const { segments, component } = splitInterchange(answer);
  const out: WalkFinding[] = [];
  const add = (code: string, index: number, detail: string) => out.push({ code: `cross:${code}`, index, segment: segments[index]?.raw.slice(0, 80) ?? '', loop: '', detail });
  const at = (id: string, first?: string) => segments.findIndex((s) => s.id === id && (first === undefined || s.values[0] === first));

  if (kind === '999') {
    const ak1 = at('AK1');
    if (v(segments[ak1], 2) !== sent.gs06 || v(segments[ak1], 3) !== sent.gs08) add('ak1', ak1, `AK1 ${v(segments[ak1], 2)}/${v(segments[ak1], 3)} != the 837's GS06 ${sent.gs06} / GS08 ${sent.gs08}`);
    const ak2 = at('AK2');
    if (v(segments[ak2], 2) !== sent.st02 || v(segments[ak2], 3) !== sent.st03) add('ak2', ak2, `AK2 ${v(segments[ak2], 2)}/${v(segments[ak2], 3)} != the 837's ST02 ${sent.st02} / ST03 ${sent.st03}`);
    let target: Parsed | undefined;
    segments.forEach((s, i) => {
      if (s.id === 'IK3') {
        const missing = ['3', 'I6'].includes(v(s, 4));
        const named = sent.transaction[Number(v(s, 2)) - 1];
        target = missing ? undefined : named?.segment;
        if (!missing && named?.segment.id !== v(s, 1)) add('ik3-segment', i, `IK3 names ${v(s, 1)} at position ${v(s, 2)}, where the 837 has ${named?.segment.raw.slice(0, 40) ?? 'nothing'}`);
        else if (!missing && v(s, 3) && !named?.loop.startsWith(v(s, 3))) add('ik3-loop', i, `IK303 ${v(s, 3)}, but the ${v(s, 1)} at position ${v(s, 2)} is in loop ${named?.loop}`);
      }
      if (s.id === 'IK4' && target) {
        const [position = '', comp = ''] = v(s, 1).split(component);
        const element = target.values[Number(position) - 1] ?? '';
        const value = comp ? (element.split(component)[Number(comp) - 1] ?? '') : element;
        if (v(s, 4) && v(s, 4) !== value) add('ik404', i, `IK404 "${v(s, 4)}" is not the 837's ${target.id}${position.padStart(2, '0')}${comp ? `-${comp}` : ''} "${value}"`);
        if (v(s, 3) === '1' && value) add('ik403-missing', i, `IK403 1 (required element missing) for ${target.id}${position.padStart(2, '0')}${comp ? `-${comp}` : ''}, which holds "${value}"`);
      }
    });
  }

  if (kind === '277ca') {
    const trn = segments.findLastIndex((s) => s.id === 'TRN' && s.values[0] === '2');
    if (v(segments[trn], 2) !== (sent.clm[0] ?? '')) add('trn02', trn, `2200D TRN02 ${v(segments[trn], 2)} != CLM01 ${sent.clm[0]}`);
    const stc = segments.findIndex((s, i) => s.id === 'STC' && i > trn);
    if (stc >= 0 && v(segments[stc], 4) !== (sent.clm[1] ?? '')) add('stc04', stc, `2200D STC04 ${v(segments[stc], 4)} != CLM02 ${sent.clm[1]}`);
    const qc = at('NM1', 'QC');
    if (v(segments[qc], 3) !== sent.patient.last || v(segments[qc], 4) !== sent.patient.first) add('patient', qc, `2100D patient ${v(segments[qc], 3)}, ${v(segments[qc], 4)} != the 837's ${sent.patient.last}, ${sent.patient.first}`);
    if (v(segments[qc], 9) !== sent.memberId) add('member-id', qc, `2100D NM109 ${v(segments[qc], 9)} != the 837's subscriber ID ${sent.memberId}`);
    const bp = at('NM1', '85');
    if ([2, 3, 4, 9].some((n) => v(segments[bp], n) !== (sent.billing[n - 1] ?? ''))) add('billing', bp, `2100C NM1*85 ${segments[bp]?.raw} != the 837's 2010AA NM1*${sent.billing.join('*')}`);
    const dtp = segments.findIndex((s, i) => s.id === 'DTP' && s.values[0] === '472' && i > trn);
    if (dtp >= 0 && v(segments[dtp], 3) !== sent.period) add('dtp472', dtp, `2200D DTP*472 ${v(segments[dtp], 3)} != the claim's service period ${sent.period}`);
    segments.forEach((s, i) => {
      if (s.id !== 'SVC') return;
      const ref = segments.slice(i + 1).find((x) => x.id === 'SVC' || (x.id === 'REF' && x.values[0] === 'FJ'));
      const line = ref?.id === 'REF' ? sent.lines.get(ref.values[1] ?? '') : undefined;
      if (!line) add('ref-fj', i, `2220D SVC without a REF*FJ naming an 837 REF*6R`);
      else if (v(s, 1) !== line.sv1[0] || v(s, 2) !== line.sv1[1]) add('svc', i, `2220D SVC ${v(s, 1)} ${v(s, 2)} != SV1 ${line.sv1[0]} ${line.sv1[1]}`);
    });
  }

  if (kind === '835') {
    const pe = at('N1', 'PE');
    if (v(segments[pe], 4) !== (sent.billing[8] ?? '')) add('payee', pe, `N1*PE N104 ${v(segments[pe], 4)} != the 837's billing NPI ${sent.billing[8]}`);
    const tj = at('REF', 'TJ');
    if (tj >= 0 && v(segments[tj], 2) !== sent.taxId) add('tax-id', tj, `REF*TJ ${v(segments[tj], 2)} != the 837's REF*EI ${sent.taxId}`);
    const payeeNpi = v(segments[pe], 4);
    segments.forEach((s, i) => {
      if (s.id !== 'CLP') return;
      const end = segments.findIndex((x, k) => k > i && ['CLP', 'PLB', 'SE'].includes(x.id));
      const body = segments.slice(i + 1, end < 0 ? undefined : end);
      if (v(s, 1) !== (sent.clm[0] ?? '')) add('clp01', i, `CLP01 ${v(s, 1)} != CLM01 ${sent.clm[0]}`);
      const [pos = '', , frequency = ''] = (sent.clm[4] ?? '').split(component);
      if (v(s, 2) !== '22') {
        if (v(s, 3) !== (sent.clm[1] ?? '')) add('clp03', i, `CLP03 ${v(s, 3)} != CLM02 ${sent.clm[1]}`);
        if (v(s, 8) && v(s, 8) !== pos) add('clp08', i, `CLP08 ${v(s, 8)} != CLM05-1 ${pos}`);
        if (v(s, 9) && v(s, 9) !== frequency) add('clp09', i, `CLP09 ${v(s, 9)} != CLM05-3 ${frequency}`);
      }
      const qc = body.find((x) => x.id === 'NM1' && x.values[0] === 'QC');
      if (v(qc, 3) !== sent.patient.last || v(qc, 4) !== sent.patient.first) add('patient', i, `NM1*QC ${v(qc, 3)}, ${v(qc, 4)} != the 837's patient ${sent.patient.last}, ${sent.patient.first}`);
      const nm82 = v(body.find((x) => x.id === 'NM1' && x.values[0] === '82'), 9);
      const lineNpis = [...sent.lines.values()].map((l) => l.renderingNpi);
      // The claim's rendering provider: the NPI most lines share (the 837P's 2310B, else the billing provider).
      const counts = new Map<string, number>();
      for (const n of lineNpis) counts.set(n, (counts.get(n) ?? 0) + 1);
      const top = [...counts].reduce<[string, number]>((a, b) => (b[1] > a[1] ? b : a), ['', 0])[0];
      const want = top && top !== payeeNpi ? top : '';
      if (nm82 !== want) add('nm1-82', i, `2100 NM1*82 ${nm82 || '(none)'}; the 837's rendering provider is ${top || '(none)'} and the payee ${payeeNpi}: ${want ? `NM1*82 ${want} is required` : 'none is sent'}`);
      body.forEach((x, k) => {
        if (x.id !== 'SVC') return;
        const next = body.findIndex((y, m) => m > k && y.id === 'SVC');
        const lineBody = body.slice(k + 1, next < 0 ? undefined : next);
        const ref = lineBody.find((y) => y.id === 'REF' && y.values[0] === '6R')?.values[1] ?? '';
        const line = sent.lines.get(ref);
        if (!line) {
          add('ref-6r', i, `SVC ${v(x, 1)} has no REF*6R naming an 837 line (${ref || 'none'})`);
          return;
        }
        const code = v(x, 6) || v(x, 1);
        if (code !== line.sv1[0]) add('svc01', i, `SVC ${v(x, 1)}${v(x, 6) ? ` (SVC06 ${v(x, 6)})` : ''} != SV101 ${line.sv1[0]} (REF*6R ${ref})`);
        if (v(s, 2) !== '22' && v(x, 2) !== line.sv1[1]) add('svc02', i, `SVC02 ${v(x, 2)} != SV102 ${line.sv1[1]} (REF*6R ${ref})`);
        const dtm = lineBody.filter((y) => y.id === 'DTM').map((y) => y.values[1] ?? '');
        const dtp = (line.dtp[2] ?? '').split('-');
        if (dtm.length && (dtm[0] !== dtp[0] || (dtm.length > 1 && dtm[1] !== dtp[1]))) add('svc-date', i, `line ${ref} DTM ${dtm.join('-')} != DTP*472 ${line.dtp[2]}`);
        const hpi = lineBody.find((y) => y.id === 'REF' && y.values[0] === 'HPI')?.values[1] ?? '';
        const lineWant = line.renderingNpi !== (want || payeeNpi) ? line.renderingNpi : '';
        if (hpi !== lineWant) add('ref-hpi', i, `line ${ref} REF*HPI ${hpi || '(none)'}; its rendering provider is ${line.renderingNpi}${lineWant ? '' : ', the claim\'s'}`);
      });
    });
  }
  return out;
}
