import { fireEvent, render, screen } from '@testing-library/react';
import { Tabs } from './tabs.js';

const tabs = [
  { id: 'week', label: 'Week', content: 'Weekoverzicht' },
  { id: 'month', label: 'Maand', content: 'Maandoverzicht' },
  { id: 'plan', label: 'Plan', content: 'Re-integratieplan' },
];

describe('Tabs', () => {
  it('follows the WAI-ARIA tabs pattern', () => {
    render(<Tabs label="Weergave" tabs={tabs} />);
    const [week, month] = screen.getAllByRole('tab');
    expect(screen.getByRole('tablist', { name: 'Weergave' })).toBeTruthy();
    expect(week.getAttribute('aria-selected')).toBe('true');
    expect(week.tabIndex).toBe(0);
    expect(month.tabIndex).toBe(-1);
    const panel = screen.getByRole('tabpanel');
    expect(panel.textContent).toBe('Weekoverzicht');
    expect(panel.getAttribute('aria-labelledby')).toBe(week.id);
  });

  it('moves and selects with arrow keys, Home and End, wrapping around', () => {
    const onSelect = jest.fn();
    render(<Tabs label="Weergave" tabs={tabs} onSelect={onSelect} />);
    const [week, , plan] = screen.getAllByRole('tab');
    week.focus();

    fireEvent.keyDown(week, { key: 'ArrowRight' });
    expect(document.activeElement?.textContent).toBe('Maand');
    expect(screen.getByRole('tabpanel').textContent).toBe('Maandoverzicht');

    fireEvent.keyDown(screen.getByRole('tab', { name: 'Maand' }), { key: 'End' });
    expect(document.activeElement).toBe(plan);
    fireEvent.keyDown(plan, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(week);
    fireEvent.keyDown(week, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(plan);
    fireEvent.keyDown(plan, { key: 'Home' });
    expect(document.activeElement).toBe(week);

    expect(onSelect.mock.calls.map(([id]) => id)).toEqual(['month', 'plan', 'week', 'plan', 'week']);
  });

  it('selects on click', () => {
    render(<Tabs label="Weergave" tabs={tabs} defaultSelectedId="plan" />);
    expect(screen.getByRole('tabpanel').textContent).toBe('Re-integratieplan');
    fireEvent.click(screen.getByRole('tab', { name: 'Week' }));
    expect(screen.getByRole('tabpanel').textContent).toBe('Weekoverzicht');
  });

  it('mounts a panel when first shown and keeps it mounted after', () => {
    const { container } = render(<Tabs label="Weergave" tabs={tabs} />);
    const panelTexts = () => Array.from(container.querySelectorAll('[role="tabpanel"]'), (panel) => panel.textContent);
    expect(panelTexts()).toEqual(['Weekoverzicht', '', '']);
    fireEvent.click(screen.getByRole('tab', { name: 'Plan' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Week' }));
    expect(panelTexts()).toEqual(['Weekoverzicht', '', 'Re-integratieplan']);
  });
});
