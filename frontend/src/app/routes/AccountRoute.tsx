import { ChangePasswordForm } from '../../features/auth/components/ChangePasswordForm';
import { Page } from '../../components/Page';
import { PageHeading } from '../../components/PageHeading';
import { Card } from '../../components/ui/Card';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

export default function AccountRoute() {
  useDocumentTitle('Account');
  return (
    <Page width="narrow">
      <PageHeading title="Account" subtitle="Change your password." />
      <Card as="section" padding="lg" aria-label="Change password">
        <ChangePasswordForm />
      </Card>
    </Page>
  );
}
