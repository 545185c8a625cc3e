import { useParams } from 'react-router';
import { MeetingPage } from '../../features/meeting/components/MeetingPage';

export default function MeetingRoute() {
  const code = (useParams().code ?? '').trim().toLowerCase();
  return <MeetingPage code={code} />;
}
