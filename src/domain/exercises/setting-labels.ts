/** Care settings in words, as the exercise page and the SCORM player show them. */
export const SETTING_LABELS: Record<string, string> = {
  office: 'Physician office',
  'urgent-care': 'Urgent care',
  'emergency-department': 'Emergency department',
  'hospital-outpatient': 'Hospital outpatient',
  inpatient: 'Inpatient hospital',
  telehealth: 'Telehealth',
  'skilled-nursing': 'Skilled nursing facility',
  home: 'Home',
};
