import { RecentMeetings } from '../../features/history/components/RecentMeetings';
import { HomePage } from '../../features/home/components/HomePage';
import { JoinMeetingCard } from '../../features/meeting/components/JoinMeetingCard';
import { NewMeetingCard } from '../../features/meeting/components/NewMeetingCard';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

export default function HomeRoute() {
  useDocumentTitle('Home');
  return (
    <HomePage recentMeetings={<RecentMeetings />}>
      <NewMeetingCard />
      <JoinMeetingCard />
    </HomePage>
  );
}
