import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { DateField } from './date-field.js';

function Form({ initial = '', max, seen }: { initial?: string; max?: string; seen: string[] }) {
  const [value, setValue] = useState(initial);
  return (
    <DateField
      label="Datum"
      value={value}
      max={max}
      onChange={(event) => {
        seen.push(event.target.value);
        setValue(event.target.value);
      }}
    />
  );
}

describe('DateField', () => {
  it('shows a stored date as day-month-year and hands the form an ISO date for what is typed', () => {
    const seen: string[] = [];
    render(<Form initial="2026-12-04" seen={seen} />);
    const input = screen.getByRole('textbox', { name: 'Datum' });
    expect(input).toHaveProperty('value', '04-12-2026');
    fireEvent.change(input, { target: { value: '7-1-2027' } });
    expect(seen.at(-1)).toBe('2027-01-07');
    fireEvent.change(input, { target: { value: '2027-02-03' } });
    expect(seen.at(-1)).toBe('2027-02-03');
    fireEvent.blur(input);
    expect(input).toHaveProperty('value', '03-02-2027');
  });

  it('keeps an unfinished date as typed, gives the form none, and says how to write one once the field is left', () => {
    const seen: string[] = [];
    render(<Form seen={seen} />);
    const input = screen.getByRole('textbox', { name: 'Datum' });
    fireEvent.change(input, { target: { value: '31-11-2026' } });
    expect(seen.at(-1)).toBe('');
    expect(input).toHaveProperty('value', '31-11-2026');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    fireEvent.blur(input);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Vul een bestaande datum in als dag-maand-jaar/)).toBeTruthy();
  });

  it('takes a new value from the form, such as a reset', () => {
    const seen: string[] = [];
    const { rerender } = render(<DateField label="Datum" value="2026-12-04" onChange={(event) => seen.push(event.target.value)} />);
    rerender(<DateField label="Datum" value="" onChange={(event) => seen.push(event.target.value)} />);
    expect(screen.getByRole('textbox', { name: 'Datum' })).toHaveProperty('value', '');
  });

  it('refuses a date past its maximum, with the maximum in words', () => {
    const seen: string[] = [];
    render(<Form max="2026-12-04" seen={seen} />);
    const input = screen.getByRole('textbox', { name: 'Datum' });
    fireEvent.change(input, { target: { value: '5-12-2026' } });
    expect(seen.at(-1)).toBe('');
    expect(input).toHaveProperty('value', '5-12-2026');
    expect(screen.getByText('Kies 04-12-2026 of eerder.')).toBeTruthy();
  });
});
