import { render, screen } from '@testing-library/react';
import { KeyFigures } from './key-figures.js';

describe('KeyFigures', () => {
  it('pairs every label with its value and hint in a description list', () => {
    render(
      <KeyFigures
        figures={[
          { id: 'absence', label: 'Verzuimpercentage', value: '4,2%', hint: 'naar deeltijdfactor' },
          { id: 'zero', label: 'Nulverzuim', value: '61%' },
        ]}
      />,
    );
    const terms = screen.getAllByRole('term').map((term) => term.textContent);
    const definitions = screen.getAllByRole('definition').map((definition) => definition.textContent);
    expect(terms).toEqual(['Verzuimpercentage', 'Nulverzuim']);
    expect(definitions).toEqual(['4,2%', 'naar deeltijdfactor', '61%']);
  });
});
