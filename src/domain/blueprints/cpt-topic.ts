import type { Topic } from './topics.ts';

/**
 * The ClaimLab topic a procedure code belongs to, from the CPT section ranges (AMA CPT
 * Professional, section order) and the AAPC CPC outline's grouping of the surgery series
 * (endocrine 60000-60699 is counted with the 50000 series; eye and ear with the 60000 series).
 * Category II and III codes have no single section, so they give undefined.
 */
export function topicOfProcedureCode(code: string): Topic | undefined {
  if (/^[A-V]\d{4}$/.test(code)) return 'hcpcs';
  if (/^\d{4}U$/.test(code)) return 'pathology-lab';
  if (!/^\d{5}$/.test(code)) return undefined;
  const n = Number(code);
  if (n >= 99100 && n <= 99140) return 'anesthesia';
  if (n < 10000) return 'anesthesia';
  if (n < 20000) return 'cpt-integumentary';
  if (n < 30000) return 'cpt-musculoskeletal';
  if (n < 40000) return 'cpt-respiratory-cardiovascular';
  if (n < 50000) return 'cpt-digestive';
  if (n < 60700) return 'cpt-urinary-reproductive';
  if (n < 70000) return 'cpt-nervous-eye-ear';
  if (n < 80000) return 'radiology';
  if (n < 90000) return 'pathology-lab';
  // E/M: 99202-99499, and the telemedicine visit codes 98000-98016 (CPT 2025 on).
  if ((n >= 99202 && n <= 99499) || (n >= 98000 && n <= 98016)) return 'em';
  return 'medicine';
}
