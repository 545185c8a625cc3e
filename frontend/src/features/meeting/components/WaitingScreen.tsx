import { Hourglass } from 'lucide-react';
import { Button } from '../../../components/ui/Button';
import { Spinner } from '../../../components/ui/Spinner';
import { StatusScreen } from './StatusScreen';

export interface WaitingScreenProps {
  title: string;
  hostPresent: boolean;
  onCancel: () => void;
}

/** In the lobby: nothing of the meeting is shown until a host lets us in. */
export function WaitingScreen({ title, hostPresent, onCancel }: WaitingScreenProps) {
  return (
    <StatusScreen
      icon={<Hourglass />}
      title="Waiting to be let in"
      testId="waiting-screen"
      actions={
        <Button variant="secondary" onClick={onCancel}>
          Leave waiting room
        </Button>
      }
    >
      <p>
        You asked to join <strong>{title}</strong>.
      </p>
      <p role="status" aria-live="polite" data-testid="waiting-status">
        <Spinner size="inline" />{' '}
        {hostPresent
          ? 'A host will let you in soon.'
          : 'No host is in the meeting yet. You will be let in once a host arrives and admits you.'}
      </p>
    </StatusScreen>
  );
}
