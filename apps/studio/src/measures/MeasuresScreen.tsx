/** The measures screen (being built). */
export function MeasuresScreen() {
  return (
    <section aria-labelledby="measures-title">
      <h1 id="measures-title">Measures</h1>
    </section>
  );
}
