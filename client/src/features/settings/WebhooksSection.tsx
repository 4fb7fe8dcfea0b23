// Webhooks of the organization (the Secretariat's: of the program). Its server part is being
// built on another branch; this section is filled in once it is merged.
export function WebhooksSection() {
  return (
    <section className="card" aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">Webhooks</h2>
      <p className="muted">Webhooks are not available on this server yet.</p>
    </section>
  );
}
