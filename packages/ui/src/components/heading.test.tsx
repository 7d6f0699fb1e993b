import { render, screen } from '@testing-library/react';
import { Card } from './card.js';
import { EmptyState } from './empty-state.js';
import { Heading } from './heading.js';
import { Page } from './page.js';
import { Section } from './section.js';

const levels = () => screen.getAllByRole('heading').map((heading) => `${heading.tagName.toLowerCase()} ${heading.textContent}`);

describe('the heading outline', () => {
  it('gives each nested title the next level', () => {
    render(
      <Page title="Dossiers">
        <Section title="Wat je nu moet doen">
          <Card title="Plan van aanpak">
            <Heading>Doelen</Heading>
          </Card>
        </Section>
        <Card title="Vandaag">
          <EmptyState title="Niets te doen" />
        </Card>
      </Page>,
    );
    expect(levels()).toEqual(['h1 Dossiers', 'h2 Wat je nu moet doen', 'h3 Plan van aanpak', 'h4 Doelen', 'h2 Vandaag', 'h3 Niets te doen']);
  });

  it('makes a page placed inside another page one of its sections', () => {
    render(
      <Page title="Sanne de Vries">
        <Page title="Opbouw" as="div">
          <Card title="Week 12" />
        </Page>
      </Page>,
    );
    expect(levels()).toEqual(['h1 Sanne de Vries', 'h2 Opbouw', 'h3 Week 12']);
  });

  it('leaves the children of an untitled card at the card level, and an explicit level wins', () => {
    render(
      <Section title="Cijfers">
        <Card>
          <Heading>Verzuim</Heading>
        </Card>
        <Card title="Kosten" headingLevel={4} />
      </Section>,
    );
    expect(levels()).toEqual(['h1 Cijfers', 'h2 Verzuim', 'h4 Kosten']);
  });
});
