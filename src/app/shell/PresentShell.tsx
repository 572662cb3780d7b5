import { section } from 'virtual:atlas-catalogue-section/present';
import { use } from 'react';
import { addCatalogueSection } from '../../i18n/add-catalogue-section';
import { AudienceScreen } from '../present/AudienceScreen';
import { PresenterWindow } from '../present/PresenterWindow';
import type { ShellProps } from './shell-props';

/** The window the presenter view opens carries #presenter; every other present-mode window is the room's screen. */
const isPresenterWindow = () => window.location.hash === '#presenter';

/** Present mode: a class follows the tour's chapters on a projector; the teacher may follow in a second window. */
// Present mode's words travel with its chunk, not the first bundle; the shell waits (suspends) for them once.
const messagesLoaded = addCatalogueSection(section);

export function PresentShell({ initialCamera, ...parts }: ShellProps) {
  use(messagesLoaded);
  return isPresenterWindow() ? (
    <PresenterWindow />
  ) : (
    <AudienceScreen initialCamera={initialCamera} {...parts} />
  );
}
