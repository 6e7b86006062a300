/** The rollout screen (being built). */
export function RolloutScreen() {
  return (
    <section aria-labelledby="rollout-title">
      <h1 id="rollout-title">Rollout</h1>
    </section>
  );
}
