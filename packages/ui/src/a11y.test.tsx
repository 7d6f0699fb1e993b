import { fireEvent, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import {
  Alert,
  BarChart,
  Button,
  Card,
  Checkbox,
  Cluster,
  DataTable,
  DateField,
  Dialog,
  EmptyState,
  ErrorState,
  I18nProvider,
  LanguageSwitch,
  LineChart,
  LoadingState,
  NumberField,
  Page,
  RadioGroup,
  Root,
  ScaleInput,
  Section,
  Select,
  SkipLink,
  Sparkline,
  Stack,
  StackedBarChart,
  StatusBadge,
  Tabs,
  TextArea,
  TextField,
  VisuallyHidden,
} from './index.js';

const weeks = ['wk 1', 'wk 2', 'wk 3'];

function Everything() {
  return (
    <I18nProvider>
      <Root>
        <SkipLink />
        <Page title="Mijn terugkeer" description="Rustig aan, stap voor stap." actions={<LanguageSwitch />}>
          <Section title="Check-in">
            <Stack>
              <ScaleInput legend="Hoeveel energie heb je vandaag?" name="energy" minLabel="Leeg" maxLabel="Vol" error="Kies een getal." />
              <TextField label="Naam" hint="Zoals je aangesproken wilt worden" required />
              <TextArea label="Toelichting" showCount maxLength={300} />
              <NumberField label="Gewerkte uren" unit="uur" min={0} step={0.5} error="Vul een aantal uren in." />
              <Select label="Fase" placeholder="Kies een fase" options={[{ value: 'intake', label: 'Intake' }]} />
              <Checkbox label="Deel met mijn leidinggevende" hint="Alleen het cijfer, niet je toelichting." />
              <RadioGroup
                legend="Hoe wil je contact?"
                name="contact"
                options={[
                  { value: 'call', label: 'Bellen' },
                  { value: 'mail', label: 'Mailen', hint: 'Binnen twee werkdagen' },
                ]}
                defaultValue="call"
              />
              <DateField label="Volgende afspraak" />
              <Cluster>
                <Button>Opslaan</Button>
                <Button variant="secondary" loading>
                  Versturen
                </Button>
                <Button variant="danger">Verwijderen</Button>
              </Cluster>
            </Stack>
          </Section>
          <Section title="Status">
            <Card title="Dossier">
              <StatusBadge tone="success">Op schema</StatusBadge>
              <StatusBadge tone="warning">Stagnatie</StatusBadge>
              <Sparkline label="Energie" values={[4, 5, 6]} />
              <VisuallyHidden>Extra uitleg</VisuallyHidden>
            </Card>
            <Alert tone="info" title="Tip">
              Plan een pauze.
            </Alert>
            <Alert tone="error">Opslaan mislukt.</Alert>
            <EmptyState title="Nog geen check-ins" action={<Button>Eerste check-in</Button>} />
            <LoadingState />
            <ErrorState title="Niet geladen" onRetry={() => undefined} />
            <DataTable
              caption="Dossiers"
              columns={[
                {
                  key: 'name',
                  header: 'Naam',
                  cell: (row: { name: string }) => row.name,
                  sortValue: (row) => row.name,
                  rowHeader: true,
                },
              ]}
              rows={[{ name: 'Sanne' }]}
              rowKey={(row) => row.name}
            />
            <Tabs
              label="Weergave"
              tabs={[
                { id: 'a', label: 'Week', content: 'Week' },
                { id: 'b', label: 'Maand', content: 'Maand' },
              ]}
            />
          </Section>
          <Section title="Grafieken">
            <LineChart
              title="Belasting en energie"
              labels={weeks}
              series={[
                { id: 'd', label: 'Belasting', values: [5, 7, 4] },
                { id: 'r', label: 'Energie', values: [6, 5, 6] },
              ]}
              band={{ above: 'd', below: 'r', label: 'Belasting boven energie' }}
            />
            <BarChart
              title="Uren"
              categories={weeks}
              series={[
                { id: 'p', label: 'Gepland', values: [8, 12, 16] },
                { id: 'a', label: 'Gewerkt', values: [8, 18, 14] },
              ]}
              markers={[{ category: 1, series: 'a', label: 'Boven plan' }]}
            />
            <StackedBarChart title="Fases" categories={weeks} series={[{ id: 'i', label: 'Intake', values: [1, 2, 3] }]} />
          </Section>
          <Dialog open onClose={() => undefined} title="Afspraak" description="Kies een moment." footer={<Button>Bevestigen</Button>}>
            <TextField label="Onderwerp" />
          </Dialog>
        </Page>
      </Root>
    </I18nProvider>
  );
}

async function seriousViolations(container: HTMLElement) {
  // jsdom lays nothing out, so colour contrast is checked by hand (see styles.css) instead.
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join('\n')}`);
}

describe('accessibility', () => {
  it('renders every component without serious or critical axe violations', async () => {
    const { container } = render(<Everything />);
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('stays clean with the charts shown as tables, in English', async () => {
    const { container } = render(<Everything />);
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    for (const toggle of screen.getAllByRole('button', { name: 'Show as table' })) fireEvent.click(toggle);
    expect(screen.getAllByRole('table')).toHaveLength(4);
    expect(await seriousViolations(container)).toEqual([]);
  });
});
