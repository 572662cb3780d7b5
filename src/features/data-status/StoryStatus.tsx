import { useStoryProblem } from '../../data/use-story';

/** A story file that could not be read is said plainly; the atlas goes on with the bundled story's settings. */
export function StoryStatus() {
  const problem = useStoryProblem();
  if (!problem) return null;
  return (
    <div className="data-status data-status--warning" role="alert">
      <p>
        <strong>The story file could not be used.</strong> {problem}
      </p>
    </div>
  );
}
