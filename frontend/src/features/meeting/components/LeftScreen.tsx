import { LogOut } from 'lucide-react';
import { Button } from '../../../components/ui/Button';
import { ButtonLink } from '../../../components/ui/ButtonLink';
import { StatusScreen } from './StatusScreen';

export interface LeftScreenProps {
  homePath: string;
  onRejoin: () => void;
}

export function LeftScreen({ homePath, onRejoin }: LeftScreenProps) {
  return (
    <StatusScreen
      icon={<LogOut />}
      title="You left the meeting"
      testId="left-screen"
      actions={
        <>
          <Button variant="secondary" onClick={onRejoin}>
            Rejoin
          </Button>
          <ButtonLink to={homePath}>Return to home</ButtonLink>
        </>
      }
    >
      <p>Your camera and microphone are off.</p>
    </StatusScreen>
  );
}
