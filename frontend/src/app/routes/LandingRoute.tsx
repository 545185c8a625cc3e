import { LandingPage } from '../../features/landing/components/LandingPage';
import { JoinMeetingForm } from '../../features/meeting/components/JoinMeetingForm';
import { useStartMeeting } from '../../features/meeting/hooks/useStartMeeting';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

export default function LandingRoute() {
  useDocumentTitle();
  const { start, pending, error } = useStartMeeting();

  return (
    <LandingPage
      onStartMeeting={() => start()}
      starting={pending}
      startError={error?.message ?? null}
      joinForm={<JoinMeetingForm hideLabel />}
    />
  );
}
