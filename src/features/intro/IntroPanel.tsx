/** What the map is about, in a few lines, for a reader who arrives without the article. */
export function IntroPanel() {
  return (
    <section className="intro" aria-labelledby="intro-title">
      <h2 id="intro-title">Four years apart, one date</h2>
      <p>
        On 3 January 2024 two bombs exploded in Kerman, Iran, among crowds marking the anniversary of the
        death of Qasem Soleimani, killing close to a hundred people. Soleimani, who commanded the Quds Force
        of Iran&apos;s Revolutionary Guards, had been killed by a US drone strike at Baghdad International
        Airport on 3 January 2020.
      </p>
      <p>
        This map places the bombing beside the events around it: the militias Soleimani built up in Iraq,
        Syria and Lebanon, the attacks on bases hosting US troops in Iraq and Syria, and Houthi attacks on
        shipping in the Red Sea.
      </p>
    </section>
  );
}
