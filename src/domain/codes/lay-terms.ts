/**
 * Lay wording -> the words the classification uses. A real coding product needs this: patients
 * and students type "broken", "flu" or "UTI", while titles and the Alphabetic Index say
 * "fracture", "influenza" and "urinary tract infection". Kept small and obvious; each entry is
 * a plain synonym, never a coding decision (the index and titles still decide the code).
 */

/** Single lay word -> classification words it also means (stemmed the way `tokenize` stems). */
export const LAY_WORDS: Readonly<Record<string, readonly string[]>> = {
  broken: ['fracture'],
  break: ['fracture'],
  flu: ['influenza'],
  uti: ['urinary', 'tract', 'infection'],
  sugar: ['diabete'],
  kidney: ['renal'],
  belly: ['abdominal'],
  tummy: ['abdominal'],
  sprained: ['sprain'],
  torn: ['tear'],
  busted: ['fracture'],
  // Furniture by name: the External Cause Index files a table under furniture (Fall, from, table
  // W08 as furniture NEC W08; Striking against, object, furniture W22.03).
  table: ['furniture'],
  couch: ['furniture'],
  desk: ['furniture'],
  dresser: ['furniture'],
  nightstand: ['furniture'],
  cancer: ['malignant', 'neoplasm'],
  tumor: ['neoplasm'],
  chickenpox: ['varicella'],
  shingles: ['zoster'],
  pinkeye: ['conjunctivitis'],
};

/**
 * Lay phrases -> wording used in titles and the index. The searcher runs the rewritten query
 * alongside the original and keeps each code's better score.
 */
export const LAY_PHRASES: Readonly<Record<string, string>> = {
  'heart attack': 'myocardial infarction',
  'pink eye': 'conjunctivitis',
  'high blood pressure': 'hypertension',
  'low blood pressure': 'hypotension',
  'strep throat': 'streptococcal pharyngitis',
  'sore throat': 'pharyngitis',
  'ear infection': 'otitis media',
  // The index itself says: Fracture, traumatic, hip - see Fracture, femur, neck.
  'broken hip': 'fracture neck femur',
  'common cold': 'acute nasopharyngitis',
  'stomach flu': 'gastroenteritis',
  'heart burn': 'heartburn',
  'high cholesterol': 'hypercholesterolemia',
  'kidney stone': 'calculus kidney',
  'stroke': 'cerebral infarction',
  'mini stroke': 'transient cerebral ischemic attack',
};
