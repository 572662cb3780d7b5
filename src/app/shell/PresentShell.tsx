import { section } from 'virtual:atlas-catalogue-section/present';
import { use } from 'react';
import { addCatalogueSection } from '../../i18n/add-catalogue-section';
import { AudienceScreen } from '../present/AudienceScreen';
import { PresenterWindow } from '../present/PresenterWindow';
import type { ShellProps } from './shell-props';

const isPresenterWindow = () => window.location.hash === '#presenter';

const messagesLoaded = addCatalogueSection(section);

export function PresentShell({ initialCamera, ...parts }: ShellProps) {
  use(messagesLoaded);
  return isPresenterWindow() ? (
    <PresenterWindow />
  ) : (
    <AudienceScreen initialCamera={initialCamera} {...parts} />
  );
}
