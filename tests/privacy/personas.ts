import type { CaseRelationship } from '@terugkeer/domain';

/** How a person relates to the case under test; null: no relationship at all. */
export type Relationship = CaseRelationship;

export interface Persona {
  key: string;
  email: string;
  relationship: Relationship | null;
  /** Holds only the ANALYST role: aggregates, and not one field of a case or of themselves. */
  analyst?: boolean;
}

/** The eleven roles of the privacy matrix, each a demo login, all looking at Sanne's case. */
export const PERSONAS: readonly Persona[] = [
  { key: 'employee self', email: 'werknemer@demo.test', relationship: 'EMPLOYEE' },
  { key: 'another employee', email: 'collega@demo.test', relationship: null },
  { key: 'manager of the team', email: 'leidinggevende@demo.test', relationship: 'MANAGER' },
  { key: 'manager of another team', email: 'leidinggevende2@demo.test', relationship: null },
  { key: 'case manager', email: 'hr@demo.test', relationship: 'CASE_MANAGER' },
  { key: 'case manager of another organization', email: 'hr@andere.test', relationship: null },
  { key: 'assigned doctor', email: 'bedrijfsarts@arbo.test', relationship: 'COMPANY_DOCTOR' },
  { key: 'unassigned doctor', email: 'bedrijfsarts2@arbo.test', relationship: null },
  { key: 'assigned coach', email: 'coach@arbo.test', relationship: 'COACH' },
  { key: 'unassigned coach', email: 'coach2@arbo.test', relationship: null },
  { key: 'analyst of the organization', email: 'analist@demo.test', relationship: null, analyst: true },
];
