import { createMessages } from '@terugkeer/ui';

export const messages = createMessages({
  title: { nl: 'Mijn plannen', en: 'My plans' },
  intro: {
    nl: 'Het plan van aanpak en het signaleringsplan: lees ze, onderteken ze en zet je eigen visie erbij.',
    en: 'The plan of action and the relapse-prevention plan: read them, sign them and add your own view.',
  },
  introBE: {
    nl: 'Het re-integratieplan en het signaleringsplan: lees ze, onderteken ze en zet je eigen visie erbij.',
    en: 'The re-integration plan and the relapse-prevention plan: read them, sign them and add your own view.',
  },
  loading: { nl: 'Je plannen worden geladen…', en: 'Loading your plans…' },
  error: { nl: 'Je plannen konden niet worden geladen.', en: 'Your plans could not be loaded.' },
  retry: { nl: 'Opnieuw proberen', en: 'Try again' },
  actionPlan: { nl: 'Plan van aanpak, versie {number}', en: 'Plan of action, version {number}' },
  noActionPlan: { nl: 'Er is nog geen plan van aanpak.', en: 'There is no plan of action yet.' },
  actionPlanBE: { nl: 'Re-integratieplan, versie {number}', en: 'Re-integration plan, version {number}' },
  noActionPlanBE: { nl: 'Er is nog geen re-integratieplan.', en: 'There is no re-integration plan yet.' },
  myView: { nl: 'Mijn visie op het plan', en: 'My view of the plan' },
  myViewHint: {
    nl: 'Wat vind jij van de afspraken? Dit komt in het dossier en in het re-integratieverslag.',
    en: 'What do you think of the agreements? This goes into the dossier and the progress report.',
  },
  saveView: { nl: 'Visie opslaan', en: 'Save my view' },
  viewSaved: { nl: 'Je visie is opgeslagen.', en: 'Your view is saved.' },
  conflict: {
    nl: 'Iemand anders heeft het plan net gewijzigd. De nieuwste versie staat nu hier.',
    en: 'Someone else just changed the plan. The newest version is shown now.',
  },
  noRelapsePlan: { nl: 'Er is nog geen signaleringsplan.', en: 'There is no relapse-prevention plan yet.' },
  writeRelapsePlan: { nl: 'Signaleringsplan opstellen', en: 'Write the relapse-prevention plan' },
  editRelapsePlan: { nl: 'Signaleringsplan aanpassen', en: 'Change the relapse-prevention plan' },
  relapsePlanTogether: {
    nl: 'Je schrijft dit plan samen met je coach. Na een wijziging vragen we opnieuw je akkoord. Je leidinggevende ziet het alleen als je dat toestaat (onder Privacy).',
    en: 'You write this plan together with your coach. After a change we ask for your agreement again. Your manager sees it only if you allow it (under Privacy).',
  },
  agree: { nl: 'Ik ga akkoord met dit signaleringsplan', en: 'I agree with this relapse-prevention plan' },
});
