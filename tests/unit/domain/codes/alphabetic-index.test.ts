import { describe, expect, it } from 'vitest';
import { joinTitle, mainTermMap, parseFlatIndex, repairFlatTitles, resolveSee, titleTails, undoubled } from '../../../../src/domain/codes/alphabetic-index.ts';
import { parseIndexXml } from '../../../../src/domain/codes/tabular.ts';
import { leadWords } from '../../../../src/domain/codes/search-shards.ts';

// Rows as the flattened FY2025 CSV writes them: the text after a title's first nonessential
// modifier is missing ("Cancer(o)phobia" is the term "Cancer" with the modifier "(o)").
const CSV = [
  'RowID,Letter,Level,Term,See,SeeAlso,NonEssModif,Code',
  '1,A,0,Absence,,,(of) (organ or part),',
  '2,A,1,auricle,,,(ear),Q16.0',
  '3,C,0,Cancer,,"Neoplasm, by site, malignant",,',
  '4,C,0,Cancer,,,(o),F45.29',
  '5,D,0,Diabetes,,,(mellitus),E11.9',
  '6,D,1,with,,,,',
  '7,D,2,autonomic,,,(poly),E11.43',
  '8,K,0,Klein,,,(e),G47.13',
  '9,O,0,Opacity,,,,',
  '10,O,1,vitreous,,,(humor),H43.39-',
  '11,F,0,Floater,"Opacity, vitreous",,,',
].join('\n');

// The same titles in an official index XML, whole.
const XML = `<?xml version="1.0"?><ICD10CM.index><version>2017</version>
<letter><title>A</title><mainTerm><title>Absence<nemod>(of) (organ or part)</nemod></title>
  <term level="1"><title>auricle<nemod>(ear)</nemod>, congenital</title><code>Q16.0</code></term></mainTerm></letter>
<letter><title>C</title><mainTerm><title>Cancer<nemod>(o)</nemod>phobia</title><code>F45.29</code></mainTerm></letter>
<letter><title>D</title><mainTerm><title>Diabetes<nemod>(mellitus)</nemod></title><code>E11.9</code>
  <term level="1"><title>with</title><term level="2"><title>autonomic<nemod>(poly)</nemod>neuropathy</title><code>E11.43</code></term></term></mainTerm></letter>
<letter><title>K</title><mainTerm><title>Klein<nemod>(e)</nemod>-Levin syndrome</title><code>G47.13</code></mainTerm></letter>
<letter><title>O</title><mainTerm><title>Opacity</title><term level="1"><title>vitreous<nemod>(humor)</nemod> NEC</title><code>H43.39-</code></term></mainTerm></letter>
</ICD10CM.index>`;

describe('Index titles cut at a nonessential modifier', () => {
  it('joins the text after a modifier as the Index prints it', () => {
    expect(joinTitle('Cancer', '(o)', 'phobia')).toEqual({ t: 'Cancerophobia, cancerphobia' });
    expect(joinTitle('auricle', '(ear)', ', congenital')).toEqual({ t: 'auricle, congenital', ne: '(ear)' });
    expect(joinTitle('autonomic', '(poly)', 'neuropathy')).toEqual({ t: 'autonomic neuropathy', ne: '(poly)' });
    expect(joinTitle('Klein', '(e)', '-Levin syndrome')).toEqual({ t: 'Kleine-Levin syndrome, klein-levin syndrome' });
    expect(joinTitle('Laurence-Moon', '(-Bardet)', '-Biedl syndrome')).toEqual({ t: 'Laurence-Moon-Biedl syndrome', ne: '(-Bardet)' });
    expect(joinTitle('', '(gastro)', 'enteritis')).toEqual({ t: 'enteritis', ne: '(gastro)' });
    expect(joinTitle('Aneurysm', '(anastomotic)', '')).toEqual({ t: 'Aneurysm', ne: '(anastomotic)' });
  });

  it('reads the official XML the same way (the --index input)', () => {
    const { letters } = parseIndexXml(XML, () => 'valid');
    expect(letters.get('C')?.[0]?.t).toBe('Cancerophobia, cancerphobia');
    expect(letters.get('A')?.[0]?.k?.[0]).toMatchObject({ t: 'auricle, congenital', ne: '(ear)' });
  });

  it('puts back what the flattened CSV dropped, from the XML, and only where the path matches', () => {
    const letters = parseFlatIndex(CSV, () => 'valid');
    expect(letters.get('C')?.[1]?.t).toBe('Cancer');
    const n = repairFlatTitles(letters, titleTails(XML));
    expect(n).toBe(5);
    // "cancer" alone no longer names the phobia; the other Cancer entry is untouched.
    expect(letters.get('C')?.map((t) => t.t)).toEqual(['Cancer', 'Cancerophobia, cancerphobia']);
    expect(letters.get('A')?.[0]?.k?.[0]).toMatchObject({ t: 'auricle, congenital', ne: '(ear)', c: 'Q16.0' });
    expect(letters.get('D')?.[0]?.k?.[0]?.k?.[0]).toMatchObject({ t: 'autonomic neuropathy', ne: '(poly)' });
    expect(letters.get('K')?.[0]?.t).toBe('Kleine-Levin syndrome, klein-levin syndrome');
  });

  it('does not repair a term whose code is in another category than the XML title', () => {
    const letters = parseFlatIndex(CSV.replace('(o),F45.29', '(o),C80.1'), () => 'valid');
    repairFlatTitles(letters, titleTails(XML));
    expect(letters.get('C')?.[1]?.t).toBe('Cancer');
  });

  it('gives siblings cut to the same text each its own title, by code, else by place', () => {
    // FY2025 CSV: "tyrosinase (ty) negative" E70.320 and "tyrosinase (ty) positive" E70.321 both
    // became "tyrosinase" with "(ty)"; "intrauterine (fetal) blood loss" and "... hemorrhage" (both P50.9).
    const csv = [
      'RowID,Letter,Level,Term,See,SeeAlso,NonEssModif,Code',
      '1,A,0,Albinism,,,,',
      '2,A,1,tyrosinase,,,(ty),E70.321',
      '3,A,1,tyrosinase,,,(ty),E70.320',
      '4,N,0,Newborn,,,,',
      '5,N,1,intrauterine,,,(fetal),P50.9',
      '6,N,1,intrauterine,,,(fetal),P50.9',
    ].join('\n');
    const xml = `<?xml version="1.0"?><ICD10CM.index><version>2017</version>
<letter><title>A</title><mainTerm><title>Albinism</title>
  <term level="1"><title>tyrosinase<nemod>(ty)</nemod> negative</title><code>E70.320</code></term>
  <term level="1"><title>tyrosinase<nemod>(ty)</nemod> positive</title><code>E70.321</code></term></mainTerm></letter>
<letter><title>N</title><mainTerm><title>Newborn</title>
  <term level="1"><title>intrauterine<nemod>(fetal)</nemod> blood loss</title><code>P50.9</code></term>
  <term level="1"><title>intrauterine<nemod>(fetal)</nemod> hemorrhage</title><code>P50.9</code></term></mainTerm></letter>
</ICD10CM.index>`;
    const letters = parseFlatIndex(csv, () => 'valid');
    expect(repairFlatTitles(letters, titleTails(xml))).toBe(4);
    expect(letters.get('A')?.[0]?.k?.map((k) => `${k.t} ${k.c ?? ''}`)).toEqual(['tyrosinase positive E70.321', 'tyrosinase negative E70.320']);
    expect(letters.get('N')?.[0]?.k?.map((k) => k.t)).toEqual(['intrauterine blood loss', 'intrauterine hemorrhage']);
  });

  it('still follows a "see" reference to a title that gained NEC', () => {
    const letters = parseFlatIndex(CSV, () => 'valid');
    repairFlatTitles(letters, titleTails(XML));
    expect(letters.get('O')?.[0]?.k?.[0]?.t).toBe('vitreous NEC');
    expect(resolveSee(mainTermMap(letters), 'Opacity, vitreous')).toBe('H43.39-');
  });
});

describe('the words a main term is entered by', () => {
  it('are its first word and the forms of it the main term lists', () => {
    expect(leadWords('Infarct, infarction')).toBe('infarct infarction');
    expect(leadWords('Burn, burned, burning')).toBe('burn burned burning');
    expect(leadWords('Fracture, traumatic')).toBe('fracture');
    expect(leadWords('Ear')).toBe('ear');
  });
});

describe('words the flattened CSV wrote twice', () => {
  it('reads "following cardiac surgery surgery" once and keeps the parasite Loa loa', () => {
    expect(undoubled('following cardiac surgery surgery')).toBe('following cardiac surgery');
    expect(undoubled('urinary tract tract')).toBe('urinary tract');
    expect(undoubled('Loa loa')).toBe('Loa loa');
    const csv = ['RowID,Letter,Level,Term,See,SeeAlso,NonEssModif,Code', '1,I,0,Infarct,,,,I21.9', '2,I,1,postprocedural,,,,I97.19-', '3,I,2,following cardiac surgery surgery,,,,I97.190'].join('\n');
    const [infarct] = parseFlatIndex(csv, () => 'valid').get('I') ?? [];
    expect(infarct?.k?.[0]?.k?.[0]?.t).toBe('following cardiac surgery');
  });
});
