import type { InputReasonCode } from '@terugkeer/domain';
import type { Message } from '@terugkeer/ui';

/**
 * Every reason the services give for refusing an input, in the reader's language. Typed
 * against the services' catalogue: a new reason without words here does not compile.
 * Placeholders are the values the service sends with the reason.
 */
export const inputReasonMessages: Record<InputReasonCode, Message> = {
  EMPTY: { nl: 'Vul dit in.', en: 'Please fill this in.' },
  TOO_LONG: { nl: 'Maximaal {max} tekens.', en: 'At most {max} characters.' },
  CONTROL_CHARACTER: {
    nl: 'Hier staat een onzichtbaar stuurteken in; haal het weg of typ de tekst opnieuw.',
    en: 'This contains an invisible control character; remove it or type the text again.',
  },
  NOT_A_DATE: { nl: 'Geef een geldige datum.', en: 'Enter a valid date.' },
  NOT_A_DATE_TIME: { nl: 'Geef een geldige datum en tijd.', en: 'Enter a valid date and time.' },
  NOT_A_TIME: { nl: 'Geef een tijd als uu:mm.', en: 'Enter a time as hh:mm.' },
  NOT_A_MONDAY: { nl: 'Kies een maandag.', en: 'Choose a Monday.' },
  NOT_AN_INTEGER: { nl: 'Geef een heel getal van {min} tot en met {max}.', en: 'Enter a whole number from {min} to {max}.' },
  OUT_OF_RANGE: { nl: 'Geef een waarde van {min} tot en met {max}.', en: 'Enter a value from {min} to {max}.' },
  NOT_ONE_OF: { nl: 'Kies een van de mogelijkheden.', en: 'Choose one of the options.' },
  IN_FUTURE: { nl: 'Deze datum mag niet in de toekomst liggen.', en: 'This date must not lie in the future.' },
  BEFORE_START: { nl: 'Dit ligt vóór het begin.', en: 'This lies before the start.' },
  BEFORE_FIRST_SICK_DAY: { nl: 'Deze datum ligt vóór de eerste ziektedag.', en: 'This date lies before the first sick day.' },
  REQUIRED_WITH: { nl: 'Vul dit ook in bij deze keuze.', en: 'Please fill this in too with this choice.' },
  TOO_FEW: { nl: 'Kies of noem er minstens {min}.', en: 'Choose or name at least {min}.' },
  TOO_MANY: { nl: 'Maximaal {max}.', en: 'At most {max}.' },
  EXACT_COUNT: { nl: 'Kies er precies {count}.', en: 'Choose exactly {count}.' },
  NOT_A_CURSOR: {
    nl: 'Deze lijst kon niet verder worden geladen. Begin opnieuw bovenaan.',
    en: 'This list could not be loaded further. Start again from the top.',
  },
  INVALID: {
    nl: 'Deze invoer kan niet worden verwerkt. Controleer wat je hebt ingevuld.',
    en: 'This input cannot be processed. Please check what you entered.',
  },

  NOT_ASCENDING: { nl: 'Deze fase moet na de vorige beginnen.', en: 'This phase must start after the previous one.' },
  SPLIT_MISMATCH: {
    nl: 'Uren thuis en op locatie moeten samen de uren per week zijn.',
    en: 'Hours at home and on location must add up to the hours per week.',
  },
  NOT_A_SCHEDULE_WEEK: { nl: 'Deze week hoort niet bij het opbouwschema.', en: 'This week is not part of the build-up schedule.' },
  NOT_LATEST_VERSION: { nl: 'Alleen de nieuwste versie ({latest}) kan worden ondertekend.', en: 'Only the latest version ({latest}) can be signed.' },
  NO_ACTION_PLAN: { nl: 'Er is nog geen plan van aanpak.', en: 'There is no plan of action yet.' },
  NO_SIGNED_ACTION_PLAN: { nl: 'Er is nog geen ondertekend plan van aanpak.', en: 'There is no signed plan of action yet.' },
  ALREADY_SIGNED: { nl: 'Je hebt versie {version} al ondertekend.', en: 'You already signed version {version}.' },
  NO_RELAPSE_PLAN: { nl: 'Er is nog geen terugvalpreventieplan.', en: 'There is no relapse-prevention plan yet.' },
  UNKNOWN_SIGNAL: { nl: 'Dit signaal staat niet in het terugvalpreventieplan.', en: 'This signal is not in the relapse-prevention plan.' },

  INVALID_DATE: { nl: 'Geef een geldige datum.', en: 'Enter a valid date.' },
  NO_INTERVALS: { nl: 'Een ziekmelding heeft minstens één periode.', en: 'A sick report has at least one period.' },
  PERCENTAGE_OUT_OF_RANGE: { nl: 'Het verzuimpercentage ligt tussen 1 en 100.', en: 'The absence percentage lies between 1 and 100.' },
  INTERVALS_NOT_ASCENDING: { nl: 'Een periode begint na de vorige.', en: 'A period starts after the previous one.' },
  FIRST_INTERVAL_NOT_ON_FIRST_SICK_DAY: { nl: 'De eerste periode begint op de eerste ziektedag.', en: 'The first period starts on the first sick day.' },
  RECOVERY_NOT_AFTER_LAST_INTERVAL: { nl: 'Herstel ligt na het begin van de laatste periode.', en: 'Recovery lies after the start of the last period.' },
  OVERLAPPING_REPORT: { nl: 'Dit overlapt met een andere ziekmelding van deze medewerker.', en: 'This overlaps another sick report of this employee.' },

  NOT_AN_UPDATE: {
    nl: 'De eerste probleemanalyse is de eerste opstelling, geen bijstelling.',
    en: 'The first problem analysis is the initial one, not an update.',
  },
  UPDATE_NEEDS_OCCASION: {
    nl: 'Een bijstelling volgt op terugval of een verandering; kies de aanleiding.',
    en: 'An update follows a relapse or a change; choose the occasion.',
  },
  ALREADY_DONE: { nl: 'Dit is al afgehandeld.', en: 'This was already dealt with.' },
  BELGIAN_CASES_ONLY: {
    nl: 'Een re-integratietraject geldt alleen voor Belgische dossiers.',
    en: 'A re-integration trajectory applies to Belgian cases only.',
  },
  DUTCH_CASES_ONLY: {
    nl: 'Verlenging van de loondoorbetaling geldt alleen voor Nederlandse dossiers.',
    en: 'An extension of wage payment applies to Dutch cases only.',
  },
  LEAVE_START_OUT_OF_RANGE: {
    nl: 'Het verlof begint 6 tot 4 weken voor de uitgerekende datum: tussen {earliest} en {latest}.',
    en: 'The leave starts 6 to 4 weeks before the expected date: between {earliest} and {latest}.',
  },
  EXPERT_OPINION_DUTCH_ONLY: {
    nl: 'Een deskundigenoordeel van UWV geldt alleen voor Nederlandse dossiers.',
    en: 'An expert opinion of UWV applies to Dutch cases only.',
  },
  NOT_ASKED_BY: { nl: 'Deze vraag mag {requester} niet stellen.', en: 'The {requester} may not ask this question.' },
  LEAVE_TOO_SHORT: { nl: 'Het verlof duurt minstens 16 weken: tot {earliest} of later.', en: 'The leave lasts at least 16 weeks: until {earliest} or later.' },

  NOT_ELIGIBLE_PROFESSIONAL: {
    nl: 'Deze persoon werkt niet voor een dienst van deze organisatie.',
    en: 'This person does not work for a provider serving this organization.',
  },
  NOT_A_PARTICIPANT: { nl: 'Deze persoon neemt geen deel aan dit dossier.', en: 'This person takes no part in this case.' },
  EMPLOYEE_WITHOUT_LOGIN: { nl: 'De medewerker heeft nog geen account.', en: 'The employee has no account yet.' },
  NEEDS_MANAGER: { nl: 'Voor een driegesprek is de leidinggevende van de medewerker nodig.', en: "A three-way talk needs the employee's manager." },
  COLLEAGUE_REQUIRED: { nl: 'Kies de collega die meedeed.', en: 'Choose the colleague who took part.' },
  NOT_A_COLLEAGUE: { nl: 'Deze persoon is geen collega binnen dezelfde organisatie.', en: 'This person is not a colleague in the same organization.' },
  COLLEAGUE_NOT_ALLOWED: { nl: 'Alleen een dialooggesprek heeft een collega.', en: 'Only a dialogue talk has a colleague.' },
  NO_DOCTOR_ASSIGNED: { nl: 'Er is nog geen bedrijfsarts aan dit dossier gekoppeld.', en: 'No company doctor is assigned to this case yet.' },
  EMPLOYEE_MUST_AGREE: {
    nl: 'Een escalatie gebeurt samen met de medewerker, die ermee moet instemmen.',
    en: 'An escalation is made together with the employee, who must agree.',
  },
  NOT_AWAITING_EMPLOYEE: {
    nl: 'Deze escalatie wacht niet (meer) op het antwoord van de medewerker.',
    en: "This escalation is not (or no longer) waiting for the employee's answer.",
  },
  NOT_GRANTABLE: { nl: 'Deze toestemming kan niet aan deze rol worden gegeven.', en: 'This consent cannot be given to this role.' },

  REPORT_NOT_EDITABLE: {
    nl: 'Een verslag kan alleen als concept of na een wijzigingsverzoek worden aangepast.',
    en: 'A report can be changed only as a draft or after a change was asked for.',
  },
  REPORT_NOT_SUBMITTABLE: {
    nl: 'Alleen een concept of een aangepast verslag wordt ter validatie voorgelegd.',
    en: 'Only a draft or a changed report is submitted for validation.',
  },
  REPORT_NOT_AWAITING_VALIDATION: { nl: 'Dit verslag wacht niet (meer) op validatie.', en: 'This report is not (or no longer) waiting for validation.' },
  NOT_A_VALIDATOR: { nl: 'Alleen wie aan het gesprek deelnam, valideert het verslag.', en: 'Only those who took part validate the report.' },
  REPORT_NOT_VALIDATED: {
    nl: 'Een verslag wordt pas vrijgegeven als iedereen het heeft gevalideerd.',
    en: 'A report is released only after everyone validated it.',
  },
  REPORT_NOT_RELEASED: { nl: 'Dit verslag is niet vrijgegeven.', en: 'This report is not released.' },
  REFLECTION_ONLY: {
    nl: 'Alleen een reflectiegesprek beantwoordt de vier reflectievragen van het programma.',
    en: "Only a reflection talk answers the programme's four reflection questions.",
  },

  PROGRAMME_ALREADY_ACTIVE: { nl: 'Voor dit dossier loopt al een programma.', en: 'This case already has an active programme.' },
  FILE_TOO_LARGE: {
    nl: 'Het bestand is te groot (maximaal {max} tekens); importeer grotere bestanden via de opdrachtregel.',
    en: 'The file is too large (at most {max} characters); import larger files with the command line.',
  },
  UNREADABLE_CSV: { nl: 'Dit is geen leesbaar CSV-bestand.', en: 'This is not a readable CSV file.' },
  PERIOD_TOO_LONG: { nl: 'De periode mag hoogstens {years} jaar beslaan.', en: 'The period may span at most {years} years.' },
  NOT_ONE_QUARTER: { nl: 'Deze methode vraagt precies één kalenderkwartaal.', en: 'This method needs exactly one calendar quarter.' },
};
