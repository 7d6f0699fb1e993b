import { fireEvent, render, screen } from '@testing-library/react';
import { Button } from './button.js';
import { Fieldset } from './fieldset.js';
import { TextArea } from './text-area.js';
import { TextField } from './text-field.js';

const describedText = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' | ');

describe('form fields', () => {
  it('wire label, hint and error to the input', () => {
    render(<TextField label="E-mailadres" hint="Werkadres" error="Vul een e-mailadres in." required />);
    const input = screen.getByRole('textbox', { name: 'E-mailadres (verplicht)' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(input)).toBe('Werkadres | Fout: Vul een e-mailadres in.');
  });

  it('name a group of fields by its legend, with the hint announced', () => {
    render(
      <Fieldset legend="Contactafspraken" hint="Hoe vaak jullie contact houden.">
        <TextField label="Tijd" />
      </Fieldset>,
    );
    const group = screen.getByRole('group', { name: 'Contactafspraken' });
    expect(describedText(group)).toBe('Hoe vaak jullie contact houden.');
    expect(group.contains(screen.getByRole('textbox', { name: 'Tijd' }))).toBe(true);
  });

  it('count characters in a text area', () => {
    render(<TextArea label="Toelichting" maxLength={200} showCount defaultValue="Moe" />);
    const textarea = screen.getByRole('textbox', { name: 'Toelichting' });
    expect(describedText(textarea)).toBe('3 van 200 tekens');
    fireEvent.change(textarea, { target: { value: 'Moe maar rustig' } });
    expect(describedText(textarea)).toBe('15 van 200 tekens');
  });
});

describe('Button', () => {
  it('announces a loading state and ignores clicks meanwhile', () => {
    const onClick = jest.fn();
    const { rerender } = render(
      <Button loading onClick={onClick}>
        Opslaan
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Opslaan Bezig…' });
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();

    rerender(<Button onClick={onClick}>Opslaan</Button>);
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button').hasAttribute('aria-busy')).toBe(false);
  });
});
