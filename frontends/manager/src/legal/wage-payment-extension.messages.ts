import { createMessages } from '@terugkeer/ui';

export const wagePaymentExtensionMessages = createMessages({
  extensionTitle: { nl: 'Verlenging van de loondoorbetaling', en: 'Extension of wage payment' },
  extensionIntro: {
    nl: 'Een loonsanctie van UWV, een afgesproken verlenging of een te late WIA-aanvraag schuift het einde van de loondoorbetaling op (art. 7:629 lid 11 BW).',
    en: 'A wage sanction by UWV, an agreed extension or a late WIA application moves the end of wage payment (art. 7:629 para. 11 Dutch Civil Code).',
  },
  kind: { nl: 'Soort', en: 'Kind' },
  WAGE_SANCTION: { nl: 'Loonsanctie van UWV (max. 52 weken)', en: 'Wage sanction by UWV (max. 52 weeks)' },
  VOLUNTARY: { nl: 'Afgesproken verlenging (max. 52 weken)', en: 'Agreed extension (max. 52 weeks)' },
  LATE_WIA_APPLICATION: { nl: 'Te late WIA-aanvraag', en: 'Late WIA application' },
  days: { nl: 'Dagen', en: 'Days' },
  daysHint: { nl: '0 haalt deze verlenging weg.', en: '0 removes this extension.' },
  save: { nl: 'Opslaan', en: 'Save' },
  saved: { nl: 'Opgeslagen; de termijnen zijn bijgewerkt.', en: 'Saved; the deadlines are updated.' },
});
