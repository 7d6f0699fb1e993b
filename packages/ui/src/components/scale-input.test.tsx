import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { ScaleInput } from './scale-input.js';

function Energy({ onChange }: { onChange: (value: number) => void }) {
  const [value, setValue] = useState<number | null>(null);
  return (
    <ScaleInput
      legend="Hoeveel energie heb je vandaag?"
      name="energy"
      minLabel="Helemaal leeg"
      maxLabel="Vol energie"
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
      error={value === null ? 'Kies een getal.' : undefined}
    />
  );
}

describe('ScaleInput', () => {
  it('is a named group of ten radios with the end meanings attached', () => {
    render(<Energy onChange={jest.fn()} />);
    expect(screen.getByRole('group', { name: 'Hoeveel energie heb je vandaag?' })).toBeTruthy();
    const radios = screen.getAllByRole('radio');
    expect(radios.map((radio) => radio.getAttribute('value'))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(document.getElementById(radios[0].getAttribute('aria-describedby') ?? '')?.textContent).toBe('1: Helemaal leeg');
    expect(document.getElementById(radios[9].getAttribute('aria-describedby') ?? '')?.textContent).toBe('10: Vol energie');
  });

  it('reports the chosen number and clears the error', () => {
    const onChange = jest.fn();
    render(<Energy onChange={onChange} />);
    const group = screen.getByRole('group');
    expect(screen.getByRole('radio', { name: '1' }).getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(group.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Fout: Kies een getal.');

    fireEvent.click(screen.getByRole('radio', { name: '7' }));

    expect(onChange).toHaveBeenCalledWith(7);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: '7' }).checked).toBe(true);
    expect(group.hasAttribute('aria-describedby')).toBe(false);
  });
});
