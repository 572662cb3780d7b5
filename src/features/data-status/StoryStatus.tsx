import { Msg, useT } from '../../i18n';
import { useStoryProblem } from '../../data/use-story';
import { readerMessage } from './reader-message';

export function StoryStatus() {
  const t = useT();
  const failure = useStoryProblem();
  if (!failure) return null;
  const problem = readerMessage(failure, t('dataStatus.unexpected'));
  return (
    <div className="data-status data-status--warning" role="alert">
      <p>
        <Msg id="storyStatus.failed" values={{ problem }} components={{ 0: <strong /> }} />
      </p>
    </div>
  );
}
