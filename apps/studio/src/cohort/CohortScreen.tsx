/** The cohort screen (being built). */
export function CohortScreen() {
  return (
    <section aria-labelledby="cohort-title">
      <h1 id="cohort-title">Cohort</h1>
    </section>
  );
}
