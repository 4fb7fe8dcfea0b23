// Calendar feeds of the organization. Its server part is being built on another branch; this
// section is filled in once it is merged.
export function CalendarFeedsSection() {
  return (
    <section className="card" aria-labelledby="feeds-title">
      <h2 id="feeds-title">Calendar feeds</h2>
      <p className="muted">Calendar feeds are not available on this server yet.</p>
    </section>
  );
}
