import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ChatMessage } from '@huddle/contract';
import { ChatPanel, type ChatPanelProps } from './ChatPanel';

/** A member's message; `guest` gives it no sender id, as the server does for guests. */
function message(id: string, name: string, text: string, minute = 0, guest = false): ChatMessage {
  return {
    id,
    meetingCode: 'abc-defg-hij',
    sender: guest ? { name } : { id: `user-${name}`, name },
    text,
    createdAt: new Date(Date.UTC(2026, 0, 1, 9, minute)).toISOString(),
  };
}

function renderPanel(overrides: Partial<ChatPanelProps> = {}) {
  const props: ChatPanelProps = {
    messages: [],
    isOwn: () => false,
    hasOlder: false,
    loadingOlder: false,
    onLoadOlder: vi.fn(),
    failed: [],
    onRetry: vi.fn(),
    onSend: vi.fn(),
    ...overrides,
  };
  render(<ChatPanel {...props} />);
  return props;
}

describe('ChatPanel', () => {
  it('when history is given, then it lists every message with its sender, oldest first', () => {
    renderPanel({
      messages: [message('1', 'Ada', 'Hello there', 1), message('2', 'Grace', 'Hi Ada', 2)],
    });

    const items = within(screen.getByRole('log', { name: 'Chat messages' })).getAllByRole(
      'listitem',
    );
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Ada');
    expect(items[0]).toHaveTextContent('Hello there');
    expect(items[1]).toHaveTextContent('Grace');
  });

  it('when a message is ours, then it is labelled "You"', () => {
    const mine = message('1', 'Ada', 'Mine');
    renderPanel({ messages: [mine], isOwn: (m) => m.id === '1' });

    expect(screen.getByRole('listitem')).toHaveTextContent('You');
  });

  it("when a guest and a member share a name, then only the guest's message carries the Guest badge", () => {
    renderPanel({
      messages: [
        message('1', 'Alice Member', 'I am the real one', 1),
        message('2', 'Alice Member', 'So am I', 2, true),
      ],
    });

    const [member, guest] = screen.getAllByTestId('chat-message');
    expect(within(member!).queryByTestId('guest-badge')).toBeNull();
    expect(within(guest!).getByTestId('guest-badge')).toHaveTextContent('Guest');
    expect(guest).toHaveTextContent(/Alice Member\s*Guest/);
  });

  it('when there is no message yet, then it says so', () => {
    renderPanel();

    expect(screen.getByText(/no messages yet/i)).toBeInTheDocument();
  });

  it('when Enter is pressed, then the trimmed text is sent and the box is cleared', async () => {
    const user = userEvent.setup();
    const { onSend } = renderPanel();
    const box = screen.getByRole('textbox', { name: 'Message' });

    await user.type(box, '  See you at ten  {Enter}');

    expect(onSend).toHaveBeenCalledWith('See you at ten');
    expect(box).toHaveValue('');
  });

  it('when Shift+Enter is pressed, then a new line starts and nothing is sent', async () => {
    const user = userEvent.setup();
    const { onSend } = renderPanel();
    const box = screen.getByRole('textbox', { name: 'Message' });

    await user.type(box, 'first{Shift>}{Enter}{/Shift}second');

    expect(onSend).not.toHaveBeenCalled();
    expect(box).toHaveValue('first\nsecond');
  });

  it('when only spaces are typed, then Enter sends nothing', async () => {
    const user = userEvent.setup();
    const { onSend } = renderPanel();

    await user.type(screen.getByRole('textbox', { name: 'Message' }), '   {Enter}');

    expect(onSend).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Send message' })).toBeDisabled();
  });

  it('when a message failed, then it is marked with the reason and Retry asks to send it again', async () => {
    const user = userEvent.setup();
    const failed = [
      {
        id: 'failed-1',
        text: 'Lost words',
        reason: 'The database is unavailable.',
        clientId: '0123456789abcdef0123456789abcdef',
      },
    ];
    const { onRetry } = renderPanel({ failed });

    const entry = screen.getByTestId('chat-failed');
    await user.click(within(entry).getByRole('button', { name: 'Retry' }));

    expect(entry).toHaveTextContent('Lost words');
    expect(within(entry).getByRole('alert')).toHaveTextContent(
      'Not sent: The database is unavailable.',
    );
    expect(onRetry).toHaveBeenCalledWith('failed-1');
  });

  it('when older messages exist, then the button asks for them', async () => {
    const user = userEvent.setup();
    const { onLoadOlder } = renderPanel({ messages: [message('9', 'Ada', 'Hi')], hasOlder: true });

    await user.click(screen.getByRole('button', { name: 'Load earlier messages' }));

    expect(onLoadOlder).toHaveBeenCalledOnce();
  });
});
