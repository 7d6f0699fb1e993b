import { createMessages } from '@terugkeer/ui';

export const messages = createMessages({
  title: { nl: 'Medewerkers en verzuim importeren', en: 'Import employees and absence' },
  intro: {
    nl: 'Twee CSV-bestanden uit je HR- of verzuimsysteem. Elke regel wordt eerst gecontroleerd; bij één fout wordt niets opgeslagen. Opnieuw importeren werkt bij wat al bestond.',
    en: 'Two CSV files from your HR or absence system. Every row is checked first; with a single error nothing is saved. Importing again updates what already exists.',
  },
  employeesFile: { nl: 'Medewerkers (employees.csv)', en: 'Employees (employees.csv)' },
  employeesHint: {
    nl: 'Kolommen: employee_number, name, email, department, start_date, end_date, hours_per_week',
    en: 'Columns: employee_number, name, email, department, start_date, end_date, hours_per_week',
  },
  absencesFile: { nl: 'Ziekmeldingen (absences.csv)', en: 'Sick reports (absences.csv)' },
  absencesHint: {
    nl: 'Kolommen: employee_number, report_number, start_date, end_date, absence_percentage, therapeutic',
    en: 'Columns: employee_number, report_number, start_date, end_date, absence_percentage, therapeutic',
  },
  check: { nl: 'Alleen controleren', en: 'Check only' },
  import: { nl: 'Importeren', en: 'Import' },
  tooLarge: {
    nl: 'Samen zijn de bestanden groter dan 95 kB. Importeer zo’n groot bestand met het importcommando (npm run terugkeer -- import), zie de README.',
    en: 'Together the files exceed 95 kB. Import files that large with the import command (npm run terugkeer -- import), see the README.',
  },
  chooseFiles: { nl: 'Kies eerst beide bestanden.', en: 'Choose both files first.' },
  checked: {
    nl: 'Geen fouten gevonden in {employees} medewerkers en {absences} ziekmeldingen. Er is nog niets opgeslagen.',
    en: 'No errors in {employees} employees and {absences} sick reports. Nothing has been saved yet.',
  },
  imported: {
    nl: 'Geïmporteerd: medewerkers {employeesCreated} nieuw, {employeesUpdated} gewijzigd, {employeesUnchanged} ongewijzigd; ziekmeldingen {reportsCreated} nieuw, {reportsUpdated} gewijzigd, {reportsUnchanged} ongewijzigd. De organisatie heeft nu {cases} dossiers.',
    en: 'Imported: employees {employeesCreated} new, {employeesUpdated} changed, {employeesUnchanged} unchanged; sick reports {reportsCreated} new, {reportsUpdated} changed, {reportsUnchanged} unchanged. The organization now has {cases} cases.',
  },
  problems: { nl: '{count} fouten gevonden; er is niets opgeslagen.', en: '{count} errors found; nothing was saved.' },
  problemsCaption: { nl: 'Fouten per regel', en: 'Errors per row' },
  file: { nl: 'Bestand', en: 'File' },
  line: { nl: 'Regel', en: 'Line' },
  field: { nl: 'Veld', en: 'Field' },
  reason: { nl: 'Reden', en: 'Reason' },
});
