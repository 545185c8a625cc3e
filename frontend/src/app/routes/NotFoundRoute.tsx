import { useLocation } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { ButtonLink } from '../../components/ui/ButtonLink';
import { useSession } from '../../lib/session';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import styles from './NotFoundRoute.module.css';

export default function NotFoundRoute() {
  useDocumentTitle('Page not found');
  const { pathname } = useLocation();
  const { homePath } = useSession();

  return (
    <section className={styles.page} aria-labelledby="not-found-title">
      <p className={styles.code}>404</p>
      <PageHeading
        id="not-found-title"
        className={styles.heading}
        title="We could not find that page"
        subtitle={
          <>
            Nothing lives at <span className={styles.path}>{pathname}</span>. If someone sent you a
            meeting link, check that it ends in a code like abc-defg-hij.
          </>
        }
      />
      <div className={styles.actions}>
        <ButtonLink to={homePath}>Go to Huddle</ButtonLink>
      </div>
    </section>
  );
}
