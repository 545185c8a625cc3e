import { render, screen } from '@testing-library/react';
import { TextField } from './TextField';

describe('TextField', () => {
  it('when it has an error, then the input is invalid and described by the error instead of the hint', () => {
    render(<TextField label="Username" hint="Letters and digits" error="Taken" />);

    const input = screen.getByLabelText('Username');

    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Taken');
    expect(screen.queryByText('Letters and digits')).not.toBeInTheDocument();
  });

  it('when it has a hint and no error, then the hint describes the input', () => {
    render(<TextField label="Username" hint="Letters and digits" />);

    expect(screen.getByLabelText('Username')).toHaveAccessibleDescription('Letters and digits');
  });

  it('when it has no error, then it is not marked invalid', () => {
    render(<TextField label="Username" />);

    expect(screen.getByLabelText('Username')).not.toHaveAttribute('aria-invalid');
  });
});
