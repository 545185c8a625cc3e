import { render, screen } from '@testing-library/react';
import { TextField } from './TextField';

describe('TextField', () => {
  it('when it has an error, then the input is invalid and described by the error and hint', () => {
    render(<TextField label="Username" hint="Letters and digits" error="Taken" />);

    const input = screen.getByLabelText('Username');

    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Taken Letters and digits');
  });

  it('when it has no error, then it is not marked invalid', () => {
    render(<TextField label="Username" />);

    expect(screen.getByLabelText('Username')).not.toHaveAttribute('aria-invalid');
  });
});
