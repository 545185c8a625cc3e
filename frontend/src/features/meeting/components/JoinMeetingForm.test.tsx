import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import { JoinMeetingForm } from './JoinMeetingForm';

function MeetingStub() {
  return <p>Meeting {useParams().code}</p>;
}

function renderForm() {
  render(
    <MemoryRouter initialEntries={['/home']}>
      <Routes>
        <Route path="/home" element={<JoinMeetingForm />} />
        <Route path="/m/:code" element={<MeetingStub />} />
      </Routes>
    </MemoryRouter>,
  );
  return userEvent.setup();
}

describe('JoinMeetingForm', () => {
  it('when a link is pasted, then it opens the meeting of its code', async () => {
    const user = renderForm();

    await user.click(screen.getByLabelText('Meeting code or link'));
    await user.paste('https://huddle.example.com/m/ABC-DEFG-HIJ');
    await user.click(screen.getByRole('button', { name: 'Join' }));

    expect(screen.getByText('Meeting abc-defg-hij')).toBeInTheDocument();
  });

  it('when the input is not a code, then it says why and stays put', async () => {
    const user = renderForm();

    await user.type(screen.getByLabelText('Meeting code or link'), 'hello{Enter}');

    const input = screen.getByLabelText('Meeting code or link');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/codes look like abc-defg-hij/i);
  });

  it('when the input is empty, then Join is disabled', () => {
    renderForm();

    expect(screen.getByRole('button', { name: 'Join' })).toBeDisabled();
  });
});
