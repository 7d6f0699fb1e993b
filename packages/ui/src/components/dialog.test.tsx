import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { Dialog } from './dialog.js';

function Example({ onClose }: { onClose?: () => void }) {
  const [open, setOpen] = useState(false);
  const close = () => {
    onClose?.();
    setOpen(false);
  };
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Afspraak plannen
      </button>
      <Dialog open={open} onClose={close} title="Afspraak plannen" description="Kies een moment dat past.">
        <button type="button">Bevestigen</button>
      </Dialog>
    </>
  );
}

describe('Dialog', () => {
  it('opens as a labelled modal', () => {
    render(<Example />);
    fireEvent.click(screen.getByRole('button', { name: 'Afspraak plannen' }));
    const dialog = screen.getByRole<HTMLDialogElement>('dialog', { name: 'Afspraak plannen' });
    expect(dialog.open).toBe(true);
    expect(dialog.getAttribute('aria-describedby')).toBe(screen.getByText('Kies een moment dat past.').id);
  });

  it('closes on Escape and returns focus to the opener', () => {
    const onClose = jest.fn();
    render(<Example onClose={onClose} />);
    const opener = screen.getByRole('button', { name: 'Afspraak plannen' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = screen.getByRole<HTMLDialogElement>('dialog');
    screen.getByRole('button', { name: 'Bevestigen' }).focus();

    fireEvent.keyDown(screen.getByRole('button', { name: 'Bevestigen' }), { key: 'Escape' });

    expect(onClose).toHaveBeenCalledTimes(1);
    expect(dialog.open).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  it('closes with its close button', () => {
    render(<Example />);
    fireEvent.click(screen.getByRole('button', { name: 'Afspraak plannen' }));
    const dialog = screen.getByRole<HTMLDialogElement>('dialog');
    fireEvent.click(screen.getByRole('button', { name: 'Sluiten' }));
    expect(dialog.open).toBe(false);
  });
});
