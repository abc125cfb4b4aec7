/**
 * The learner's name as a certificate prints it. LMSs give SCORM's cmi.core.student_name (1.2)
 * and cmi.learner_name (2004) as "Last, First" (SCORM 1.2 RTE 3.4.2.2.3: "family name, given
 * name"), so it is turned round; xAPI/cmi5 actor names are already as written. Nothing known: null.
 */
export function certificateName(raw: string | null | undefined): string | null {
  const name = raw?.trim().replace(/\s+/g, ' ');
  if (!name) return null;
  const parts = name.split(',').map((p) => p.trim());
  if (parts.length === 2 && parts[0] && parts[1]) return `${parts[1]} ${parts[0]}`;
  return name;
}
