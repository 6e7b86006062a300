/** The print screen (being built). */
export function PrintView() {
  return (
    <section aria-labelledby="print-title">
      <h1 id="print-title">Print</h1>
    </section>
  );
}
