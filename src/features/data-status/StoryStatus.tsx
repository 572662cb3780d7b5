import { Msg } from '../../i18n';
import { useStoryProblem } from '../../data/use-story';

/** A story file that could not be read is said plainly; the atlas goes on with the bundled story's settings. */
export function StoryStatus() {
  const problem = useStoryProblem();
  if (!problem) return null;
  return (
    <div className="data-status data-status--warning" role="alert">
      <p>
        <Msg id="storyStatus.failed" values={{ problem }} components={{ 0: <strong /> }} />
      </p>
    </div>
  );
}
