import { SearchX, TriangleAlert } from 'lucide-react';
import { Button } from '../../../components/ui/Button';
import { ButtonLink } from '../../../components/ui/ButtonLink';
import { StatusScreen } from './StatusScreen';

export function MeetingNotFound({ code, homePath }: { code: string; homePath: string }) {
  return (
    <StatusScreen
      icon={<SearchX />}
      title="This meeting does not exist"
      testId="meeting-not-found"
      actions={<ButtonLink to={homePath}>Return to home</ButtonLink>}
    >
      <p>
        No meeting has the code <strong>{code}</strong>. Check the link, or ask whoever invited you
        for a new one.
      </p>
    </StatusScreen>
  );
}

export interface MeetingLoadErrorProps {
  message: string;
  homePath: string;
  onRetry: () => void;
}

export function MeetingLoadError({ message, homePath, onRetry }: MeetingLoadErrorProps) {
  return (
    <StatusScreen
      icon={<TriangleAlert />}
      title="The meeting could not be loaded"
      actions={
        <>
          <Button onClick={onRetry}>Try again</Button>
          <ButtonLink to={homePath} variant="secondary">
            Return to home
          </ButtonLink>
        </>
      }
    >
      <p>{message}</p>
    </StatusScreen>
  );
}
