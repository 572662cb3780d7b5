import { useStory } from '../../data/use-story';

/**
 * What the map is about, in a few lines, for a reader who arrives without the article: the story file's intro,
 * content rather than UI (`data-content`), in its own direction.
 */
export function IntroPanel() {
  const intro = useStory()?.intro;
  if (!intro) return null;
  return (
    <section className="intro" aria-labelledby="intro-title" data-content="" dir="auto">
      <h2 id="intro-title">{intro.heading}</h2>
      {intro.paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </section>
  );
}
