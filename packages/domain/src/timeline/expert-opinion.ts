/** Who asks UWV for an expert opinion (deskundigenoordeel). */
export type ExpertOpinionRequester = 'EMPLOYER' | 'EMPLOYEE';

export type ExpertOpinionSubject = 'FITNESS_FOR_OWN_WORK' | 'SUITABLE_WORK' | 'EMPLOYER_REINTEGRATION_EFFORTS' | 'EMPLOYEE_REINTEGRATION_EFFORTS';

/** Each question UWV answers, who may ask it and the source. */
export const EXPERT_OPINION_SUBJECTS: Record<ExpertOpinionSubject, { askedBy: readonly ExpertOpinionRequester[]; source: string }> = {
  FITNESS_FOR_OWN_WORK: { askedBy: ['EMPLOYER', 'EMPLOYEE'], source: 'art. 7:629a BW; art. 32 lid 1 Wet SUWI: is the employee unfit for the own work?' },
  SUITABLE_WORK: { askedBy: ['EMPLOYER', 'EMPLOYEE'], source: 'art. 32 lid 1 Wet SUWI: is the work offered suitable (passende arbeid)?' },
  EMPLOYER_REINTEGRATION_EFFORTS: { askedBy: ['EMPLOYEE'], source: 'art. 32 lid 1 Wet SUWI: does the employer do enough for the re-integration?' },
  EMPLOYEE_REINTEGRATION_EFFORTS: { askedBy: ['EMPLOYER'], source: 'art. 32 lid 1 Wet SUWI: does the employee do enough for the re-integration?' },
};

/** Whether this party may ask UWV this question: each party asks about the other's efforts, not its own. */
export function mayAskExpertOpinion(subject: ExpertOpinionSubject, requester: ExpertOpinionRequester): boolean {
  return EXPERT_OPINION_SUBJECTS[subject].askedBy.includes(requester);
}
