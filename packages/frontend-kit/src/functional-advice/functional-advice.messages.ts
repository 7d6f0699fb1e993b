import { createMessages } from '@terugkeer/ui';

export const functionalAdviceMessages = createMessages({
  title: { nl: 'Advies van de bedrijfsarts', en: "The company doctor's advice" },
  intro: {
    nl: 'Wat in het werk wel en niet gaat, en hoe de uren mogen opbouwen. Versie {version} van {date}; zonder diagnose of medische gegevens.',
    en: 'What works and what does not at work, and how the hours may build up. Version {version} of {date}; without diagnosis or medical details.',
  },
  possibilities: { nl: 'Wat wel gaat', en: 'What works' },
  limitations: { nl: 'Wat (nog) niet gaat', en: 'What does not work (yet)' },
  expectedDuration: { nl: 'Verwachte duur', en: 'Expected duration' },
  advice: { nl: 'Advies', en: 'Advice' },
  advisedBuildUp: { nl: 'Geadviseerde opbouw', en: 'Advised build-up' },
  maxHoursPerWeek: { nl: 'Hoogstens {hours} uur per week', en: 'At most {hours} hours a week' },
  maxIncreasePerWeek: { nl: 'Hoogstens {hours} uur per week erbij', en: 'At most {hours} hours more each week' },
  none: { nl: 'De bedrijfsarts heeft nog geen advies vastgelegd.', en: 'The company doctor has not recorded advice yet.' },
  employeeNeeds: { nl: 'Wat de werknemer nodig heeft', en: 'What the employee needs' },
});
