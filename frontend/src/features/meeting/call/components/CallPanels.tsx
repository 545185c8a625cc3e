import type { Participant } from '@huddle/contract';
import { ChatPanel } from '../chat/components/ChatPanel';
import type { Chat } from '../chat/hooks/useChat';
import { ParticipantsPanel } from './ParticipantsPanel';
import { SidePanel } from './SidePanel';

export type Panel = 'chat' | 'participants' | null;

export interface CallPanelsProps {
  panel: Panel;
  onClose: () => void;
  chat: Chat;
  chatDisabled: boolean;
  self: Participant;
  participants: Participant[];
}

/** The one side panel open at a time: chat or the people in the call. */
export function CallPanels({
  panel,
  onClose,
  chat,
  chatDisabled,
  self,
  participants,
}: CallPanelsProps) {
  if (panel === 'chat') {
    return (
      <SidePanel title="In-call messages" onClose={onClose} testId="chat-sidepanel">
        <ChatPanel
          messages={chat.messages}
          isOwn={chat.isOwn}
          hasOlder={chat.hasOlder}
          loadingOlder={chat.loadingOlder}
          onLoadOlder={() => void chat.loadOlder().catch(() => undefined)}
          failed={chat.failed}
          onRetry={(id) => void chat.retry(id)}
          onSend={(text) => void chat.send(text)}
          disabled={chatDisabled}
        />
      </SidePanel>
    );
  }
  if (panel === 'participants') {
    return (
      <SidePanel title="People" onClose={onClose} testId="participants-panel">
        <ParticipantsPanel self={self} participants={participants} />
      </SidePanel>
    );
  }
  return null;
}
