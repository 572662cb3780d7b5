import { useStory } from '../../data/use-story';

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
