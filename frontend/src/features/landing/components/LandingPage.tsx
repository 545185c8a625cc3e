import { Globe, Link2, MessageSquare, Server, ShieldCheck, Video } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { ButtonLink } from '../../../components/ui/ButtonLink';
import { paths, signInPath } from '../../../config/paths';
import { useSession } from '../../../lib/session';
import { CallPreview } from './CallPreview';
import styles from './LandingPage.module.css';

const features = [
  { icon: Globe, title: 'Nothing to install', text: 'Meet in the browser on desktop and phone.' },
  { icon: Link2, title: 'Share a link', text: 'Anyone with the code can join, even as a guest.' },
  {
    icon: MessageSquare,
    title: 'Screen and chat',
    text: 'Present your screen and chat as you talk.',
  },
  {
    icon: Server,
    title: 'Yours to host',
    text: 'Run it on your own server; your calls stay yours.',
  },
];

interface LandingPageProps {
  /** Starts a meeting for a signed-in visitor and opens it. */
  onStartMeeting: () => void;
  starting: boolean;
  startError: string | null;
  /** The form that opens a meeting by its code or link. */
  joinForm: ReactNode;
}

export function LandingPage({ onStartMeeting, starting, startError, joinForm }: LandingPageProps) {
  const { status } = useSession();

  return (
    <div className={styles.page}>
      <section className={styles.hero} aria-labelledby="landing-title">
        <div>
          <p className={styles.eyebrow}>
            <ShieldCheck aria-hidden="true" /> Self-hosted video meetings
          </p>
          <h1 id="landing-title" className={styles.title}>
            Meet face to face, wherever your team is.
          </h1>
          <p className={styles.lead}>
            Huddle gives you video calls, screen sharing and chat in the browser. Start a meeting,
            send the link, and you are talking in seconds.
          </p>
          <div className={styles.actions}>
            {status === 'signedIn' ? (
              <Button size="lg" leadingIcon={<Video />} loading={starting} onClick={onStartMeeting}>
                New meeting
              </Button>
            ) : (
              <ButtonLink to={signInPath(paths.home)} size="lg" leadingIcon={<Video />}>
                New meeting
              </ButtonLink>
            )}
            <div className={styles.join}>{joinForm}</div>
          </div>
          {startError && (
            <Alert tone="error" className={styles.error}>
              {startError}
            </Alert>
          )}
          {status === 'signedOut' && (
            <p className={styles.account}>
              <Link to={paths.signIn}>Sign in</Link> to start meetings and keep your history, or{' '}
              <Link to={paths.signUp}>create a free account</Link>.
            </p>
          )}
        </div>
        <CallPreview />
      </section>
      <ul className={styles.features} aria-label="Why Huddle">
        {features.map(({ icon: Icon, title, text }) => (
          <li key={title} className={styles.feature}>
            <span className={styles.featureIcon} aria-hidden="true">
              <Icon />
            </span>
            <h2 className={styles.featureTitle}>{title}</h2>
            <p className={styles.featureText}>{text}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
